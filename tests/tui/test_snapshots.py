"""Snapshots at 80x24 (the smallest supported terminal): home, review, solve, the Oops List."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from drill import oops, practice
from drill.judge.runner import Counterexample, JudgeResult
from drill.review import Scope
from drill.tui.screens.solve import SolveScreen
from tests.conftest import at
from tests.tui.conftest import AppFactory, settle

Snap = Callable[..., bool]
Before = Callable[[Pilot[Any]], Awaitable[None]]


def then(*keys: str, theme: str | None = None) -> Before:
    async def run_before(pilot: Pilot[Any]) -> None:
        if theme:
            pilot.app.theme = theme
        await settle(pilot.app, pilot)  # type: ignore[arg-type]
        if keys:
            await pilot.press(*keys)
            await settle(pilot.app, pilot)  # type: ignore[arg-type]

    return run_before


@pytest.fixture(autouse=True)
def _home_is_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Paths on screen read `~/home/...` whatever the temporary folder is called."""
    monkeypatch.setenv("HOME", str(tmp_path))


def test_home_for_a_first_time_user(snap_compare: Snap, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), run_before=then())


def test_review_front(snap_compare: Snap, make_app: AppFactory) -> None:
    assert snap_compare(make_app(screen="review"), run_before=then())


def test_review_back_with_highlighted_code(snap_compare: Snap, make_app: AppFactory) -> None:
    app = make_app(screen="review", scope=Scope(tags=("heap",)))
    assert snap_compare(app, run_before=then("space"))


def test_review_back_with_math_in_the_light_theme(snap_compare: Snap, make_app: AppFactory) -> None:
    app = make_app(screen="review", scope=Scope(tags=("ml",)))
    assert snap_compare(app, run_before=then("space", theme="textual-light"))


def test_solve_with_a_wrong_answer(snap_compare: Snap, make_app: AppFactory) -> None:
    """The verdict comes from the real use case; only the judge's timing is fixed."""
    app = make_app(screen="solve", problem="biggest-value")

    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SolveScreen) and screen.attempt is not None
        result = JudgeResult(
            problem="biggest-value",
            verdict="wrong_answer",
            passed=2,
            total=3,
            elapsed_s=0.25,
            counterexample=Counterexample("{'nums': [-2, -7]}", "-2", "0"),
            message="wrong answer",
        )
        outcome = practice.record_run(
            app.deps.store,
            app.deps.settings,
            screen.attempt.id,
            result.to_json(),
            "...",
            at("2026-03-02T09:00:00Z"),
        )
        screen.post_message(SolveScreen.Judged(result, outcome))
        await settle(app, pilot)

    assert snap_compare(app, run_before=run_before)


def test_oops_list(snap_compare: Snap, make_app: AppFactory) -> None:
    app = make_app(screen="oops")
    store = app.deps.store
    app.problem_metas()
    oops.add(store, at("2026-02-27T10:00:00Z"), "started best at 0", "edge case", "biggest-value")
    oops.add(
        store,
        at("2026-02-28T10:00:00Z"),
        "sorted the list first: O(n log n) for a one-pass question",
        "complexity",
        "biggest-value",
    )
    oops.add(store, at("2026-03-01T10:00:00Z"), "mixed up heappush argument order", "syntax/API")
    assert snap_compare(app, run_before=then())
