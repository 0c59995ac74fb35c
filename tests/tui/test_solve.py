"""Solve and Problems: a timed attempt judged on every save, giving up, picking a problem."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.message import Message
from textual.widgets import Input, Markdown, Select

from drill import oops, practice, review
from drill.tui.app import DrillApp
from drill.tui.screens.problems import ProblemsScreen
from drill.tui.screens.solve import SolveScreen
from drill.tui.widgets.confirm import Confirm
from drill.tui.widgets.problem_table import ProblemTable
from drill.tui.widgets.verdict_panel import VerdictPanel
from tests.conftest import at
from tests.tui.conftest import AppFactory, FakeClock, FakeEditor, settle, text

PROBLEM = "biggest-value"  # tests/tui/data/problems, installed by make_app
WRONG = "def biggest(nums):\n    return nums[0]\n"
CRASH = "def biggest(nums):\n    return nums[10**6]\n"
RIGHT = "def biggest(nums):\n    return max(nums)\n"


def solve_screen(app: DrillApp) -> SolveScreen:
    assert isinstance(app.screen, SolveScreen), type(app.screen)
    return app.screen


def verdict(app: DrillApp, part: str = "head") -> str:
    return text(app.screen.query_one(VerdictPanel).query_one(f"#{part}"))


def problem_status(app: DrillApp, slug: str) -> str:
    [row] = [
        r
        for r in practice.list_problems(
            app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"), app.problem_metas()
        )
        if r.slug == slug
    ]
    return row.status


async def test_wrong_then_right_shows_each_verdict_and_stores_the_attempt(
    make_app: AppFactory, editor: FakeEditor, clock: FakeClock
) -> None:
    app = make_app(screen="solve", problem=PROBLEM)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = solve_screen(app)
        assert screen.attempt is not None
        path = screen.attempt.solution_path
        assert "def biggest(" in path.read_text()
        assert "biggest_value.py" in text(screen.query_one("#file"))
        assert "0:00 / 5:00" in text(screen.query_one("#timer"))

        editor.change = lambda p: p.write_text(WRONG)
        await pilot.press("e")
        await settle(app, pilot)
        assert editor.opened == [(path, 1)]
        assert verdict(app).startswith("✗ Wrong answer · 0/1 cases")
        assert verdict(app, "expected") == "3" and verdict(app, "got") == "1"
        assert "input {'nums': [1, 3, 2]}" in verdict(app, "body")

        editor.change = lambda p: p.write_text(RIGHT)
        clock.advance(85)  # DRILL_NOW stands still; the screen's clock doesn't
        await pilot.press("e")
        await settle(app, pilot)
        assert verdict(app).startswith("✓ Accepted")
        body = verdict(app, "body")
        assert "Solved in 1:25" in body, body
        assert any("R resolves them all" in str(n.message) for n in app._notifications)
        assert "after 2 runs" in body and "growth n^" in body and "re-solve on 2026-03-03" in body
        assert screen.query_one("#insight", Input).has_focus
        await pilot.press(*"a dict of seen values", "enter")
        await settle(app, pilot)
        attempt_id = screen.attempt.id
    runs = practice.attempt_runs(app.deps.store, attempt_id)
    assert [r["verdict"] for r in runs] == ["wrong_answer", "accepted"]
    assert problem_status(app, PROBLEM) == "solved"
    [entry] = oops.list_oops(app.deps.store)
    assert entry.problem == PROBLEM and entry.verdict == "wrong_answer"
    decks = {
        row.name: row.cards
        for row in review.deck_rows(app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"))
    }
    assert decks.get("Insights") == 1


async def test_the_statement_comes_first_and_the_timer_waits_for_s(
    make_app: AppFactory, clock: FakeClock
) -> None:
    app = make_app(screen="solve", problem=PROBLEM)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = solve_screen(app)
        assert screen.attempt is None  # reading is not timed and stores nothing
        assert "biggest" in (screen.query_one("#text", Markdown).source or "").lower()
        assert "timer" in verdict(app, "body") + verdict(app)
        assert not screen.check_action("give_up", ()) and screen.check_action("start", ())
        clock.advance(120)  # two minutes of reading
        await pilot.press("s")
        await settle(app, pilot)
        assert screen.attempt is not None
        assert "0:00 / 5:00" in text(screen.query_one("#timer"))
        assert not screen.check_action("start", ())
    assert problem_status(app, PROBLEM) == "open"


async def test_leaving_before_starting_leaves_no_attempt(make_app: AppFactory) -> None:
    app = make_app(screen="solve", problem=PROBLEM)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
    assert problem_status(app, PROBLEM) == "new"


async def test_an_open_attempt_resumes_without_the_preview(make_app: AppFactory) -> None:
    app = make_app(screen="solve", problem=PROBLEM)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        path = solve_screen(app).attempt.solution_path  # type: ignore[union-attr]
        path.write_text("def biggest(nums):\n    # halfway\n")
    again = make_app(screen="solve", problem=PROBLEM)
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(again, pilot)
        screen = solve_screen(again)
        assert screen.attempt is not None and screen.attempt.resumed
        assert path.read_text() == "def biggest(nums):\n    # halfway\n"


async def test_a_runtime_error_shows_the_trimmed_traceback(
    make_app: AppFactory, editor: FakeEditor
) -> None:
    app = make_app(screen="solve", problem=PROBLEM)
    editor.change = lambda p: p.write_text(CRASH)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        assert verdict(app).startswith("✗ Runtime error")
        trace = verdict(app, "trace")
        assert "biggest_value.py" in trace and "IndexError" in trace and "drill/judge" not in trace


async def test_g_gives_up_and_shows_the_reference(make_app: AppFactory) -> None:
    app = make_app(screen="solve", problem=PROBLEM)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = solve_screen(app)
        shown = screen.query_one("#text", Markdown).source or ""
        assert "## Reference solution" in shown and "```python\ndef " in shown
        assert "comes back on 2026-03-03" in shown
        assert screen.finished and not screen.check_action("give_up", ())
    assert problem_status(app, PROBLEM) == "failed"


async def test_a_save_from_any_editor_is_judged_with_live_progress(make_app: AppFactory) -> None:
    """No `e`: the file watcher notices the save; cases passed show before the verdict."""
    app = make_app(screen="solve", problem=PROBLEM)
    judged = asyncio.Event()
    progress: list[int] = []

    def hook(message: Message) -> None:
        if isinstance(message, SolveScreen.Judging) and message.progress is not None:
            progress.append(message.progress.passed)
        if isinstance(message, SolveScreen.Judged):
            judged.set()

    async with app.run_test(size=(100, 30), message_hook=hook) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = solve_screen(app)
        assert screen.attempt is not None
        screen.attempt.solution_path.write_text(RIGHT)
        await asyncio.wait_for(judged.wait(), timeout=60)
        await pilot.pause()
        assert verdict(app).startswith("✓ Accepted")
    assert progress and progress == sorted(progress) and progress[-1] > 0


async def test_problems_filter_and_enter_starts_a_session(make_app: AppFactory) -> None:
    app = make_app(screen="problems")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ProblemsScreen)
        table = app.screen.query_one(ProblemTable)
        everything = len(table.rows_by_slug)
        assert everything > 50
        app.screen.query_one("#difficulty", Select).value = "easy"
        app.screen.query_one("#category", Select).value = "arrays-hashing"
        await settle(app, pilot)
        rows = list(table.rows_by_slug.values())
        assert 0 < len(rows) < everything
        assert {(r.difficulty, r.category) for r in rows} == {("easy", "arrays-hashing")}
        table.focus()
        slug = rows[0].slug
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = solve_screen(app)
        assert screen.slug == slug and screen.attempt is not None
        assert Path(screen.attempt.solution_path).exists()
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, ProblemsScreen)
        assert problem_status(app, slug) == "open"
        assert app.screen.query_one(ProblemTable).rows_by_slug[slug].status == "open"


async def test_a_problem_module_that_breaks_at_judging_is_a_message_not_a_hang(
    make_app: AppFactory, editor: FakeEditor, sample_home: Path
) -> None:
    app = make_app(screen="solve", problem=PROBLEM)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        module = next((sample_home / "problems").rglob(f"{PROBLEM}.py"))
        module.write_text(module.read_text() + "\nraise RuntimeError('half-edited module')\n")
        editor.change = lambda p: p.write_text(RIGHT)
        await pilot.press("e")
        await settle(app, pilot)
        assert verdict(app) == "Could not judge"
        assert "half-edited module" in verdict(app, "body")
        assert solve_screen(app).finished is False


RIGHT_CPP = (
    "class Solution {\npublic:\n    int biggest(vector<int>& nums) {\n"
    "        return *max_element(nums.begin(), nums.end());\n    }\n};\n"
)


async def test_l_switches_to_cpp_before_the_timer_and_judges_the_cpp_file(
    make_app: AppFactory, editor: FakeEditor
) -> None:
    import pytest

    from drill.judge.cpp import compiler

    if compiler() is None:
        pytest.skip("g++ is installed by .ci/run")
    app = make_app(screen="solve", problem=PROBLEM)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await settle(app, pilot)
        screen = solve_screen(app)
        assert "C++" in text(screen.query_one("#title"))
        await pilot.press("s")
        await settle(app, pilot)
        assert screen.attempt is not None
        path = screen.attempt.solution_path
        assert path.suffix == ".cpp"
        assert "int biggest(vector<int>& nums) {" in path.read_text()
        assert not screen.check_action("language", ())  # chosen before the timer starts
        editor.change = lambda p: p.write_text(RIGHT_CPP)
        await pilot.press("e")
        await settle(app, pilot)
        assert verdict(app).startswith("✓ Accepted"), verdict(app, "body")
        assert any("Best runs: C++" in str(n.message) for n in app._notifications)
    assert problem_status(app, PROBLEM) != "open"
