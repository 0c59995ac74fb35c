"""Home's first line is today's plan; the learning log's line after a review and a solve."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from drill import learning_log, review
from drill.tui.screens.home import HomeScreen
from drill.tui.screens.solve import SolveScreen
from drill.tui.screens.summary import SummaryScreen
from drill.tui.widgets.confirm import Confirm
from tests.conftest import at
from tests.tui.conftest import AppFactory, settle, text


def lines(app: object) -> list[tuple[str, str]]:
    from drill.tui.app import DrillApp

    assert isinstance(app, DrillApp)
    found = learning_log.entries(app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"))
    return [(e.text, e.source) for e in found]


async def test_homes_first_line_is_todays_plan(make_app: AppFactory, sample_home: Path) -> None:
    # the plan's week 1 began on 26 January: Monday 2 March is week 6's Monday
    (sample_home / "config.toml").write_text("[plan]\nstart = 2026-01-26\n")
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        first = text(app.screen.query_one("#today"))
        assert first.startswith(
            "Today: Monday, review + new pattern study · week 6: Two Pointers / Sliding Window"
            " · drill solve "
        ), first
        body = app.screen.query_one("#body")
        assert body.children[0].id == "today"  # above the tiles


async def test_without_a_plan_home_proposes_review_and_re_solves(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert text(app.screen.query_one("#today")) == (
            "Today: review 5 cards, re-solve 0 problems · no plan ([plan] start in config.toml)"
        )


async def test_a_broken_plan_file_is_named_on_home(make_app: AppFactory, sample_home: Path) -> None:
    (sample_home / "config.toml").write_text("[plan]\nstart = 2026-01-26\n")
    (sample_home / "plan.toml").write_text("[[weeks]\nweek = 5\n")
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        shown = text(app.screen.query_one("#today"))
        assert shown.startswith(f"Today: the plan can't be read: {sample_home / 'plan.toml'}:1:")
        assert text(app.screen.query_one("#tile-new .value")) == "5"  # Home still works


async def test_l_on_the_review_summary_keeps_what_i_learnt(make_app: AppFactory) -> None:
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("space", "3", "escape")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert not app.screen.query_one("#learnt", Input).has_focus  # u, r, Enter still work
        await pilot.press("l", *"heaps pop the smallest", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)  # Enter went home, as on the summary
    assert lines(app) == [("heaps pop the smallest", "review")]


async def test_enter_on_the_summary_goes_home_and_keeps_nothing(make_app: AppFactory) -> None:
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("space", "3", "escape")
        await settle(app, pilot)
        await pilot.press("l", "enter")  # an empty line: skipped
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
    assert lines(app) == []


async def test_giving_up_on_the_solve_screen_asks_what_i_learnt(make_app: AppFactory) -> None:
    app = make_app(screen="solve", problem="biggest-value")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SolveScreen)
        line = screen.query_one("#insight", Input)
        assert line.has_focus and "learning log" in str(line.placeholder)
        await pilot.press(*"max() is O(n) already", "enter")
        await settle(app, pilot)
    assert lines(app) == [("max() is O(n) already", "practice")]
    decks = review.deck_rows(app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"))
    assert "Insights" not in {d.name for d in decks}  # a give-up's line makes no card
