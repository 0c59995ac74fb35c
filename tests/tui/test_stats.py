"""The Stats screen, Home's goal bars and the weekly recap, over the seeded synthetic history."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, DataTable, Input

from drill import stats
from drill.tui.screens.home import HomeScreen
from drill.tui.screens.recap import RecapScreen
from drill.tui.screens.stats import StatsScreen
from drill.tui.widgets.goal_bars import GoalBar
from drill.tui.widgets.review_heatmap import EMPTY, GREENS, OUTSIDE, heatmap_cells
from tests import progress_history as h
from tests.conftest import at
from tests.tui.conftest import AppFactory, settle, text

Snap = Callable[..., bool]


@pytest.fixture
def history_home(tmp_path: Path, only_sample: Path) -> Path:
    home = tmp_path / "history"
    home.mkdir()
    store, _ = h.open_history(home)
    store.close()
    return home


def rows(table: DataTable[Any]) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_s_on_home_opens_every_figure(make_app: AppFactory, history_home: Path) -> None:
    app = make_app(history_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        assert text(screen.query_one("#title")) == "Stats · all decks · Monday 2 March 2026"
        assert text(screen.query_one("#summary")).splitlines() == [
            "Streak 10 days (longest 198, goal 30) · studied 360 of the last 365 days",
            "Cards 2 new · 4 young · 4 mature (goal 150) · 2 suspended",
        ]
        assert rows(screen.query_one("#retention", DataTable)) == [
            ["all", "88%", "33", "100%", "10"],
            ["deck Alpha", "93%", "27", "100%", "6"],
            ["deck Beta", "67%", "6", "100%", "4"],
            ["#arrays", "93%", "27", "100%", "6"],
            ["#dp", "100%", "16", "—", "0"],
            ["#graphs", "67%", "6", "100%", "4"],
        ]
        assert text(screen.query_one("#problems-summary")).splitlines() == [
            "Solved 5/300 (easy 2/75 · medium 2/180 · hard 1/45) · 1.2 attempts a solve",
            "Median solve 12.0 min over 7 (target 20.0, goal ≤ 13)",
        ]
        assert text(screen.query_one("#weakest")) == (
            "Weakest: stack (0% first try, next: valid-brackets (w)); then topo-sort, bfs"
        )
        patterns = rows(screen.query_one("#patterns", DataTable))
        assert patterns[0] == ["bfs", "3", "33%", "2", "12.0", "20.0"]
        assert [r[0] for r in patterns][-2:] == ["stack", "topo-sort"]
        assert rows(screen.query_one("#oops", DataTable)) == [
            ["complexity", "1", "0"],
            ["edge case", "1", "1"],
            ["misread", "0", "1"],
            ["off-by-one", "1", "0"],
        ]
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_w_starts_the_next_problem_of_the_weakest_pattern(
    make_app: AppFactory, history_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(history_home, screen="stats")
    opened: list[str] = []
    monkeypatch.setattr(app, "open_solve", opened.append)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("w")
        assert opened == ["valid-brackets"]


async def test_d_steps_through_the_decks(make_app: AppFactory, history_home: Path) -> None:
    app = make_app(history_home, screen="stats")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        titles = []
        for _ in range(3):
            await pilot.press("d")
            await settle(app, pilot)
            titles.append(text(screen.query_one("#title")).split(" · ")[1])
            if screen.deck == "Beta":
                assert "Cards 1 new · 1 young · 1 mature" in text(screen.query_one("#summary"))
        assert titles == ["deck Alpha", "deck Beta", "all decks"]


async def test_home_shows_the_goals_and_offers_last_week_s_recap(
    make_app: AppFactory, history_home: Path
) -> None:
    app = make_app(history_home)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        bars = {bar.goal.name: bar for bar in app.screen.query(GoalBar)}
        assert {name: bar.goal.text for name, bar in bars.items()} == {
            "solved": "5/300",
            "mature cards": "4/150",
            "streak": "10/30 days",
            "median solve": "12.0 min (≤ 13)",
            "medium share": "40% (goal 60%)",
            "hard share": "20% (goal 15%)",
        }
        assert bars["median solve"].has_class("-met") and not bars["solved"].has_class("-met")
        notice = text(app.screen.query_one("#notice"))
        assert notice.startswith("A new week: press w for last week's recap (2026-W09).")
        await pilot.press("w")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, RecapScreen) and screen.week == "2026-W09"
        screen.query_one("#win", Input).value = "islands without a hint"
        screen.query_one("#mock", Checkbox).value = True
        screen.query_one("#percentile", Input).value = "88"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        kept = stats.weekly_recap(app.deps.store, app.deps.settings, at(h.NOW), "2026-W09")
        assert kept.answers is not None
        assert (kept.answers.win, kept.answers.mock, kept.answers.notebook) == (
            "islands without a hint",
            True,
            False,
        )
        assert kept.answers.percentile == 88
        assert "Answers kept" in text(screen.query_one("#status"))
        await pilot.press("escape")
        await settle(app, pilot)
        assert "A new week" not in text(app.screen.query_one("#notice"))  # asked once


async def test_a_bad_percentile_is_one_line_and_keeps_nothing(
    make_app: AppFactory, history_home: Path
) -> None:
    app = make_app(history_home, screen="recap")
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, RecapScreen)
        screen.query_one("#percentile", Input).value = "150"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert text(screen.query_one("#status")) == (
            "contest percentile 150 is not allowed: use 0 to 100"
        )
        assert stats.recap_due(app.deps.store, app.deps.settings, at(h.NOW)) == "2026-W09"


def test_the_heatmap_is_a_cell_a_day_greener_for_busier_days() -> None:
    first, last = date(2026, 2, 4), date(2026, 2, 17)  # a Wednesday to a Tuesday
    cells = heatmap_cells(
        {date(2026, 2, 4): 1, date(2026, 2, 10): 4, date(2026, 2, 11): 2}, first, last
    )
    assert len(cells) == 7 and len(cells[0]) == 3  # weeks from Monday 2 February
    assert cells[0][0] == OUTSIDE and cells[1][0] == OUTSIDE  # before the first day
    assert cells[2][0] == GREENS[0]  # 1 of 4
    assert cells[1][1] == GREENS[3] and cells[2][1] == GREENS[1]
    assert cells[3][0] == EMPTY  # a day with no answer
    assert cells[1][2] == EMPTY and cells[2][2] == OUTSIDE  # after the last day


# ---------------------------------------------------------------- snapshots


def then(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot.app, pilot)  # type: ignore[arg-type]
        for key in keys:
            await pilot.press(key)
            await settle(pilot.app, pilot)  # type: ignore[arg-type]

    return run_before


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
def test_stats_screen_snapshot(
    snap_compare: Snap, make_app: AppFactory, history_home: Path, size: tuple[int, int]
) -> None:
    assert snap_compare(make_app(history_home), run_before=then("s"), terminal_size=size)


def test_home_with_goals_snapshot(
    snap_compare: Snap, make_app: AppFactory, history_home: Path
) -> None:
    assert snap_compare(make_app(history_home), run_before=then(), terminal_size=(100, 36))
