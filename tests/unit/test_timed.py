"""Timed sessions' pure core: choosing problems and scoring the results."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drill.core import timed as t

LEVELS = ("easy", "medium", "hard")
PATTERNS = ("two-pointers", "sliding-window", "heap", "bfs", "dp-1d")
TODAY = date(2026, 3, 2)


def cand(slug: str, difficulty: str = "medium", **kw: object) -> t.Candidate:
    base: dict[str, object] = {
        "category": "arrays-hashing",
        "patterns": ("two-pointers",),
        "status": "new",
        "due": False,
    }
    base.update(kw)
    return t.Candidate(slug, difficulty, **base)  # type: ignore[arg-type]


candidates = st.lists(
    st.builds(
        t.Candidate,
        slug=st.text("abcdefgh", min_size=1, max_size=6),
        difficulty=st.sampled_from(LEVELS),
        category=st.sampled_from(("arrays-hashing", "graphs", "trees", "heap")),
        patterns=st.lists(st.sampled_from(PATTERNS), min_size=1, max_size=2, unique=True).map(
            tuple
        ),
        status=st.sampled_from(("new", "solved", "failed", "open")),
        due=st.booleans(),
        last_tried=st.none() | st.integers(0, 60).map(lambda d: TODAY - timedelta(days=d)),
        attempts=st.integers(0, 5),
        first_try=st.integers(0, 5),
        week=st.none() | st.integers(5, 12),
    ),
    min_size=1,
    max_size=30,
    unique_by=lambda c: c.slug,
)


@given(candidates, st.integers(1, 6), st.sampled_from((None, *PATTERNS)), st.booleans())
def test_a_set_takes_at_most_count_matching_problems_easiest_first(
    pool: list[t.Candidate], count: int, pattern: str | None, due: bool
) -> None:
    chosen = t.Filter(pattern=pattern, due=due)
    try:
        picked = t.pick_set(pool, count, chosen, "seed")
    except t.NoProblems:
        assert not [
            c for c in pool if (not pattern or pattern in c.patterns) and (c.due or not due)
        ]
        return
    assert 1 <= len(picked) <= count
    assert len({c.slug for c in picked}) == len(picked)
    assert all(pattern in c.patterns for c in picked if pattern)
    assert all(c.due for c in picked if due)
    levels = [t.LEVELS[c.difficulty] for c in picked]
    assert levels == sorted(levels)


@given(candidates)
def test_a_set_takes_due_re_solves_before_anything_else(pool: list[t.Candidate]) -> None:
    due = [c for c in pool if c.due]
    picked = t.pick_set(pool, len(due) or 1, t.Filter(), "seed")
    if due:
        assert {c.slug for c in picked} == {c.slug for c in due}


def test_the_same_day_and_filter_pick_the_same_set_and_another_day_may_not() -> None:
    pool = [cand(f"p{i}") for i in range(40)]
    first = t.pick_set(pool, 3, t.Filter(), "set:2026-03-02")
    assert first == t.pick_set(list(reversed(pool)), 3, t.Filter(), "set:2026-03-02")
    days = {tuple(c.slug for c in t.pick_set(pool, 3, t.Filter(), f"set:d{d}")) for d in range(5)}
    assert len(days) > 1


def test_weakest_takes_the_pattern_with_the_lowest_first_try_rate() -> None:
    pool = [
        cand("strong", patterns=("heap",), attempts=4, first_try=4, status="solved"),
        cand("weak", patterns=("bfs",), attempts=4, first_try=1, status="solved"),
        cand("weak-new", patterns=("bfs",)),
        cand("untried", patterns=("dp-1d",)),
    ]
    assert t.pattern_weakness(pool) == ["bfs", "heap"]
    picked = t.pick_set(pool, 2, t.Filter(weakest=True), "s")
    assert {c.slug for c in picked} == {"weak", "weak-new"}
    with pytest.raises(t.NoProblems, match="solve a few first"):
        t.pick_set([cand("a")], 1, t.Filter(weakest=True), "s")


def test_a_week_filter_and_no_match_say_what_matched() -> None:
    pool = [cand("a", week=6), cand("b", week=7)]
    assert [c.slug for c in t.pick_set(pool, 3, t.Filter(week=7), "s")] == ["b"]
    with pytest.raises(t.NoProblems, match="no problem matches pattern heap, hard"):
        t.pick_set(pool, 3, t.Filter(pattern="heap", difficulty="hard"), "s")


@given(candidates, st.integers(1, 3), st.integers(0, 30))
def test_a_mock_is_medium_or_hard_and_nothing_tried_lately(
    pool: list[t.Candidate], count: int, fresh: int
) -> None:
    try:
        picked = t.pick_mock(pool, count, TODAY, "seed", fresh)
    except t.NoProblems as err:
        assert "--fresh-days" in str(err)
        return
    assert len(picked) == count
    for c in picked:
        assert c.difficulty in ("medium", "hard")
        assert c.last_tried is None or (TODAY - c.last_tried).days >= fresh


def test_a_mock_prefers_studied_patterns_and_a_medium_then_a_hard() -> None:
    pool = [
        cand("done", "easy", patterns=("heap",), status="solved"),
        cand("m-heap", "medium", patterns=("heap",)),
        cand("h-heap", "hard", patterns=("heap", "bfs")),
        cand("h-heap-2", "hard", patterns=("heap",)),
        cand("m-other", "medium", patterns=("dp-1d",)),
        cand("recent", "hard", patterns=("heap",), last_tried=TODAY - timedelta(days=3)),
    ]
    picked = t.pick_mock(pool, 2, TODAY, "seed")
    assert [c.difficulty for c in picked] == ["medium", "hard"]
    assert picked[0].slug == "m-heap"  # the only studied-pattern medium
    assert "recent" not in {c.slug for c in picked}


def test_a_contest_rises_easy_medium_medium_hard_from_different_categories() -> None:
    pool = [
        cand("e1", "easy", category="arrays-hashing"),
        cand("m1", "medium", category="arrays-hashing"),
        cand("m2", "medium", category="graphs"),
        cand("m3", "medium", category="trees"),
        cand("h1", "hard", category="heap"),
    ]
    picked = t.pick_contest(pool, "seed")
    assert [c.difficulty for c in picked] == ["easy", "medium", "medium", "hard"]
    assert [c.category for c in picked][1:3] != ["arrays-hashing", "arrays-hashing"]
    assert picked[1].category != "arrays-hashing" and picked[2].category != "arrays-hashing"
    with pytest.raises(t.NoProblems, match="no hard problem"):
        t.pick_contest(pool[:4], "seed")


def result(
    position: int,
    difficulty: str,
    solved: bool,
    verdicts: tuple[str, ...] = (),
    active_s: float = 600.0,
    after: float | None = None,
    target: int = 20,
) -> t.ProblemResult:
    return t.ProblemResult(
        position,
        f"p{position}",
        f"P{position}",
        difficulty,
        target,
        True,
        solved,
        active_s,
        after,
        verdicts,
    )


def test_contest_score_points_by_difficulty_and_five_minutes_per_wrong_solved() -> None:
    results = [
        result(1, "easy", True, ("wrong_answer", "accepted"), after=300.0),
        result(2, "medium", True, ("compile_error", "accepted"), after=1500.0),
        result(3, "medium", False, ("wrong_answer", "wrong_answer")),
        result(4, "hard", False),
    ]
    score = t.contest_score(results)
    assert (score.score, score.possible, score.solved) == (8, 20, 2)
    # the last accepted at 25:00, plus one wrong submission on a solved problem (a compile
    # error and wrong answers on the unsolved problem cost nothing)
    assert score.finish_s == 1500.0 + 300.0
    assert t.contest_score([result(1, "easy", False)]).finish_s == 0.0


def test_mock_rubric_gives_a_point_each_for_solved_optimal_on_time_and_few_wrong() -> None:
    clean = result(1, "medium", True, ("accepted",), active_s=1200.0, target=30)
    slow = result(2, "hard", True, ("too_slow", "wrong_answer", "accepted"), 3000.0, target=40)
    missed = result(3, "hard", False, ("wrong_answer",))
    assert t.mock_points(clean) == 4
    assert (slow.optimal, slow.on_time, slow.wrong) == (False, False, 2)
    assert t.mock_points(slow) == 1
    assert (missed.optimal, t.mock_points(missed)) == (None, 0)
    assert t.mock_score([clean, clean]).verdict == "strong hire"
    assert t.mock_score([clean, slow]).points == 5
    assert t.mock_score([clean, slow]).verdict == "hire"
    assert t.mock_score([slow, missed]).verdict == "no hire"
