"""The timed-session use case with a clock the test moves: each problem's own time, the box,
a mock's per-problem box, resuming."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from drill.config import load_settings, shipped_dir
from drill.errors import DrillError
from drill.problembank import find_problem
from drill.store.db import open_store
from drill.timed import TimedRun, history
from tests.conftest import at

TWO_SUM = (
    "def two_sum(nums, target):\n    seen = {}\n    for j, x in enumerate(nums):\n"
    "        if target - x in seen:\n            return [seen[target - x], j]\n"
    "        seen[x] = j\n"
)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at

    def walk(self, minutes: float) -> None:
        self.at += timedelta(minutes=minutes)


def test_each_problem_keeps_its_own_time_and_the_box_ends_the_set(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRILL_JUDGE_EXAMPLES", "40")
    settings = load_settings(home)
    store = open_store(settings)
    clock = Clock(at("2026-03-02T09:00:00Z"))
    metas = [find_problem(s, [shipped_dir("problems")]) for s in ("missing-number", "two-sum")]
    try:
        run = TimedRun.begin(store, settings, "set", metas, clock, minutes=30)
        first = run.open(1)
        first.path.write_text("def missing_number(nums):\n    return -1  # started\n")
        clock.walk(5)
        second = run.open(2)
        assert run.active_s(1) == 300.0
        clock.walk(3)
        second.path.write_text(TWO_SUM)
        judged = run.judge(TWO_SUM)
        assert judged.result.accepted
        assert (run.status(1), run.status(2)) == ("open", "solved")
        assert run.active_s(2) == 180.0
        with pytest.raises(DrillError, match="still running"):
            TimedRun.begin(store, settings, "contest", metas, clock, minutes=90)
        clock.walk(2)
        run.open(1)
        run.leave()  # two more minutes on problem 1, then the process is gone
        clock.walk(30)
        again = TimedRun.resume(store, settings, metas, clock)
        assert again is not None and again.id == run.id
        assert again.time_up() and again.remaining_s() == 0
        summary = again.finish()
        assert [(r.slug, r.solved, r.active_s) for r in summary.results] == [
            ("missing-number", False, 300.0),
            ("two-sum", True, 180.0),
        ]
        assert summary.results[1].solved_after_s == 480.0  # 09:08, from the set's start
        assert summary.results[0].verdicts == ()
        assert TimedRun.resume(store, settings, metas, clock) is None
        [past] = history(store, "set")
        assert past.solved == 1 and past.results[0].opened
    finally:
        store.close()


def test_a_mock_gives_each_problem_its_own_box(home: Path) -> None:
    settings = load_settings(home)
    store = open_store(settings)
    clock = Clock(at("2026-03-02T09:00:00Z"))
    metas = [find_problem(s, [shipped_dir("problems")]) for s in ("two-sum", "missing-number")]
    try:
        run = TimedRun.begin(store, settings, "mock", metas, clock, minutes=90, problem_minutes=45)
        assert run.hides_patterns and not run.shows_reference
        run.open(1)
        clock.walk(44)
        assert not run.problem_time_up() and run.problem_remaining_s() == 60.0
        clock.walk(1)
        assert run.problem_time_up() and not run.time_up()
        run.give_up()
        assert run.next_open(1) == 2
        run.open(2)
        assert not run.problem_time_up()  # the second problem's box starts when it comes up
        summary = run.finish()
        assert summary.mock is not None and summary.mock.points == 0
        assert [slug for slug, _ in summary.references] == ["two-sum", "missing-number"]
    finally:
        store.close()
