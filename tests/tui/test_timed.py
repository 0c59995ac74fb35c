"""The Timed screen: a set under one clock, problems switched, every save judged, a report."""

from __future__ import annotations

from textual.widgets import Markdown

from drill import timed
from drill.tui.app import DrillApp
from drill.tui.screens.timed import TimedScreen
from drill.tui.widgets.bar_chart import BarChart
from drill.tui.widgets.text_prompt import TextPrompt
from tests.tui.conftest import AppFactory, FakeEditor, settle, text

RIGHT = "def biggest(nums):\n    return max(nums)\n"
WRONG = "def biggest(nums):\n    return nums[0]\n"


def timed_screen(app: DrillApp) -> TimedScreen:
    screens = [s for s in app.screen_stack if isinstance(s, TimedScreen)]
    assert screens, app.screen_stack
    return screens[-1]


async def test_a_set_switches_problems_judges_saves_and_reports(
    make_app: AppFactory, editor: FakeEditor
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        app.open_timed(
            {"kind": "set", "problems": ["biggest-value", "missing-number"], "minutes": 30}
        )
        await settle(app, pilot)
        screen = timed_screen(app)
        preview = screen.query_one("#text", Markdown).source
        assert "2 problems in 30 min" in preview and "1. Biggest Value" in preview
        assert screen.run is None  # nothing is timed before s
        await pilot.press("s")
        await settle(app, pilot)
        run = screen.run
        assert run is not None and run.current == 1
        assert ">1 Biggest Value" in text(screen.query_one("#problems"))
        await pilot.press("2")
        await settle(app, pilot)
        assert run.current == 2 and run.status(2) == "open"
        assert "missing_number.py" in text(screen.query_one("#file"))
        await pilot.press("1")
        await settle(app, pilot)
        editor.change = lambda p: p.write_text(WRONG)
        await pilot.press("e")
        await settle(app, pilot)
        assert run.row.problems[0].verdicts == ("wrong_answer",)
        editor.change = lambda p: p.write_text(RIGHT)
        await pilot.press("e")
        await settle(app, pilot)
        assert run.status(1) == "solved"
        assert run.current == 2  # on to the next unsolved problem
        await pilot.press("E")
        await settle(app, pilot)
        await pilot.press("enter")  # yes, end it
        await settle(app, pilot)
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"max in one pass", "enter")
        await settle(app, pilot)
        report = screen.query_one("#text", Markdown).source
        assert "You ended it." in report and "timed set over: 1/2 solved" in report
        assert "wrong_answer, accepted" in report
    [past] = timed.history(app.deps.store, "set")
    assert past.notes == "max in one pass"
    assert [(r.slug, r.solved, r.verdicts) for r in past.results] == [
        ("biggest-value", True, ("wrong_answer", "accepted")),
        ("missing-number", False, ()),
    ]


async def test_home_offers_sets_mocks_and_contests_and_escape_keeps_one_running(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        screen = timed_screen(app)
        assert "Contest: 4 problems in 90 min" in screen.query_one("#text", Markdown).source
        await pilot.press("s")
        await settle(app, pilot)
        assert screen.run is not None
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, TimedScreen)
        await pilot.press("t")  # a set can't start while the contest runs: it resumes
        await settle(app, pilot)
        again = timed_screen(app)
        assert again.run is not None and again.run.kind == "contest"


async def test_the_stats_screen_plots_contest_scores_once_there_is_one(
    make_app: AppFactory,
) -> None:
    app = make_app(screen="stats")
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(app, pilot)
        assert not app.screen.query_one("#contests").display
        metas = {m.slug: m for m in app.problem_metas()}
        run = timed.TimedRun.begin(
            app.deps.store,
            app.deps.settings,
            "contest",
            [metas["biggest-value"], metas["missing-number"]],
            app.deps.now,
            minutes=90,
        )
        run.finish()
        app.pop_screen()
        app.open_stats()
        await settle(app, pilot)
        chart = app.screen.query_one("#contests", BarChart)
        assert chart.display and chart.shown is not None
        title, labels, scores, possible = chart.shown
        assert title.startswith("Contest scores")
        assert (labels, scores, possible) == (["03-02"], [0.0], [3.0 + 3.0])  # two easy ones
