"""The Solve screen: read the statement, start the timer, every save judged in a worker.

It drives a PracticeSession (drill/practice_session.py), as `drill solve --plain` does."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Input, Label, Markdown
from textual.worker import Worker, WorkerState

from drill import learning_log
from drill.core.problems import ProblemMeta
from drill.judge.runner import Cancelled, JudgeResult, Progress
from drill.practice import AttemptView, RunOutcome
from drill.practice_session import PracticeSession
from drill.problembank import find_problem
from drill.render import unicode_math
from drill.tui.context import Deps
from drill.tui.fmt import plural, tilde
from drill.tui.guard import USER_ERRORS, describe
from drill.tui.keys import bindings_of, key_for
from drill.tui.screens.base import DrillScreen
from drill.tui.widgets.confirm import Confirm
from drill.tui.widgets.target_timer import TargetTimer
from drill.tui.widgets.verdict_panel import VerdictPanel

if TYPE_CHECKING:
    pass


INSIGHT_PROMPT = (
    "The key insight: what did I learn, in one line (Enter saves it as a card and in the log)"
)
GAVE_UP_PROMPT = "What did I learn? One line for the learning log (Enter to skip)"


class SolveScreen(DrillScreen):
    """One timed attempt; leaving early keeps the attempt open (as `drill solve --plain`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "start", "Start", id="solve.start", tooltip="Start the timer"),
        Binding("e", "edit", "Edit", id="solve.edit", tooltip="Open your file in $EDITOR"),
        Binding("j", "rejudge", "Judge", id="solve.judge", tooltip="Judge the file now"),
        Binding("g", "give_up", "Give up", id="solve.give_up", tooltip="Show the reference"),
        Binding(
            "l", "language", "Python/C++", id="solve.language", tooltip="Solve it in C++ or Python"
        ),
        Binding("escape", "back", "Back", id="solve.back"),
    ]

    DEFAULT_CSS = """
    SolveScreen {
        & #bar { height: 1; background: $boost; }
        & #title { width: 1fr; padding: 0 1; text-style: bold; }
        & #statement { height: 1fr; padding: 0 2; }
        & #statement > Markdown { margin: 0; padding: 0; }
        & #file { width: 1fr; height: auto; padding: 0 1; color: $text-muted; }
        & #insight.-hidden { display: none; }
    }
    """

    @dataclass
    class Opened(Message):
        session: PracticeSession

    @dataclass
    class Started(Message):
        meta: ProblemMeta
        attempt: AttemptView

    @dataclass
    class Judging(Message):
        progress: Progress | None

    @dataclass
    class Judged(Message):
        result: JudgeResult
        outcome: RunOutcome
        open_oops: int = 0
        """Open Oops entries of the problem, counted when the attempt is accepted."""
        compared: str = ""

    @dataclass
    class JudgeFailed(Message):
        """The judgement could not run (a broken problem module, a broken store)."""

        message: str

    def __init__(self, deps: Deps, slug: str, language: str = "python") -> None:
        super().__init__(deps)
        self.slug = slug
        self.language = language
        self.session: PracticeSession | None = None
        self.meta: ProblemMeta | None = None
        self.attempt: AttemptView | None = None
        self.edit_once_started = False
        self.cancel: threading.Event | None = None
        self.finished = False
        self.runs: list[JudgeResult] = []
        self.insight_card = True
        """Whether the line typed after the session also becomes a card (when solved)."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="bar"):
            yield Label(self.slug, id="title", markup=False)
            yield TargetTimer(self.deps.clock, id="timer")
        with VerticalScroll(id="statement"):
            yield Markdown("*Preparing the problem…*", id="text")
        yield Label("", id="file", markup=False)
        yield VerdictPanel(id="verdict")
        yield Input(
            placeholder=INSIGHT_PROMPT,
            id="insight",
            classes="-hidden",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(VerdictPanel).waiting("Opening the problem…")
        self._open()

    # -- reading, then starting ---------------------------------------------------------------

    @work(
        thread=True,
        exclusive=True,
        group="solve-start",
        exit_on_error=False,
        description="Opening the problem",
    )
    def _open(self) -> None:
        settings = self.deps.settings
        meta = find_problem(self.slug, settings.problem_dirs())
        session = PracticeSession(
            self.deps.store, settings, meta, self.deps.now, language=self.language
        )
        if self.language != "python":
            try:
                session.starter()  # no compiler, or no C++ form: say so, stay in Python
            except USER_ERRORS as err:
                self.language = "python"
                self.app.call_from_thread(self.notify, describe(err), severity="error")
                session = PracticeSession(self.deps.store, settings, meta, self.deps.now)
        self.post_message(self.Opened(session))

    def action_language(self) -> None:
        """Switch between Python and C++ before the timer starts (each has its own attempt)."""
        if self.attempt is not None or (self.session is not None and self.session.started):
            return
        self.language = "cpp" if self.language == "python" else "python"
        self.session = None
        self.query_one(VerdictPanel).waiting("Opening the problem…")
        self._open()

    @on(Opened)
    async def _opened(self, event: Opened) -> None:
        self.session = session = event.session
        self.meta = meta = session.meta
        self._show_title(revealed=session.show_patterns)
        await self.query_one("#text", Markdown).update(unicode_math(meta.statement))
        if session.resumes:
            self._begin()  # its timer has been running since it was opened
            return
        keys = bindings_of([SolveScreen])
        start = key_for(self.app, keys, "solve.start", self.deps.settings.keymap)
        edit = key_for(self.app, keys, "solve.edit", self.deps.settings.keymap)
        self.query_one(VerdictPanel).waiting(
            f"Read it first: the timer ({meta.target_minutes} min target) starts when you press "
            f"{start}, or {edit} to open your file in your editor."
        )
        self.refresh_bindings()

    @work(
        thread=True,
        exclusive=True,
        group="solve-start",
        exit_on_error=False,
        description="Starting the attempt",
    )
    def _begin(self) -> None:
        session = self.session
        assert session is not None
        attempt = session.start()
        self.post_message(self.Started(session.meta, attempt))

    def _show_title(self, revealed: bool) -> None:
        """Title, level and target; the pattern tags only once solved or given up (or when
        `[practice] show_patterns` asks), since they give the approach away."""
        meta = self.meta
        if meta is None:
            return
        tags = f" · {', '.join(meta.patterns)}" if revealed else ""
        language = " · C++" if self.language == "cpp" else ""
        self.query_one("#title", Label).update(
            f"{meta.title}{language} · {meta.difficulty}{tags} · aim for {meta.complexity}"
        )

    @on(Started)
    async def _started(self, event: Started) -> None:
        self.meta, self.attempt = meta, attempt = event.meta, event.attempt
        if attempt.resumed:
            self.notify(
                f"Resumed your open attempt (started {attempt.started_at:%Y-%m-%d %H:%M} UTC): "
                "your file is as you left it."
            )
        key = key_for(self.app, bindings_of([SolveScreen]), "solve.edit", self.deps.settings.keymap)
        self.query_one("#file", Label).update(
            f"Your file: {tilde(attempt.solution_path)}  ({key} opens it in your editor)"
        )
        self.query_one(VerdictPanel).waiting(
            f"Implement {meta.function} in your file and save it: every save is judged here."
        )
        self.query_one(TargetTimer).start(meta.target_minutes)
        self._watch(attempt.solution_path)
        self.refresh_bindings()
        if self.edit_once_started:
            self.edit_once_started = False
            self.action_edit()

    # -- judging ------------------------------------------------------------------------------

    @work(
        exclusive=True, group="solve-watch", exit_on_error=False, description="Watching your file"
    )
    async def _watch(self, path: Path) -> None:
        from watchfiles import awatch

        async for changes in awatch(path.parent, debounce=150, step=50, recursive=False):
            if any(Path(changed).name == path.name for _kind, changed in changes):
                self.check_file()

    def check_file(self) -> None:
        """Judge the file if it changed since the last judged (or starter) version."""
        session = self.session
        if session is None or not session.started or self.finished:
            return
        try:
            code = session.changed()
        except OSError as err:
            self.notify(describe(err), severity="error")
            return
        if code is None:
            return
        session.judged_code = code
        if self.cancel is not None:
            self.cancel.set()  # a newer save wins; the older judgement stops
        self.cancel = threading.Event()
        self.query_one(VerdictPanel).judging()
        self._judge(session, code, self.cancel)

    @work(thread=True, group="judge", exit_on_error=False, description="Judging")
    def _judge(self, session: PracticeSession, code: str, cancel: threading.Event) -> None:
        def progress(p: Progress) -> None:
            if not cancel.is_set():
                self.post_message(self.Judging(p))

        try:
            judged = session.judge(code, progress=progress, cancel=cancel)
        except Cancelled:
            return
        except USER_ERRORS as err:
            if not cancel.is_set():
                self.post_message(self.JudgeFailed(describe(err)))
            return
        self.post_message(
            self.Judged(judged.result, judged.outcome, judged.open_oops, judged.compared)
        )

    @on(JudgeFailed)
    def _judge_failed(self, event: JudgeFailed) -> None:
        if self.session is not None:
            self.session.forget_judged()  # the next save (or `j`) tries again
        self.query_one(VerdictPanel).note("Could not judge", event.message)
        self.notify(event.message, severity="error", timeout=12)

    @on(Judging)
    def _progress(self, event: Judging) -> None:
        if not self.finished:
            self.query_one(VerdictPanel).judging(event.progress)

    @on(Judged)
    def _judged(self, event: Judged) -> None:
        self.runs.append(event.result)
        outcome = event.outcome
        if outcome.finished:
            # the time on screen is the time shown: the clock may stand still (DRILL_NOW)
            timer = self.query_one(TargetTimer)
            timer.stop()
            outcome = replace(outcome, minutes=max(outcome.minutes, timer.elapsed / 60))
        self.query_one(VerdictPanel).show(event.result, outcome)
        if outcome.finished:
            self._finish()
            if event.compared:
                self.notify(f"Best runs: {event.compared}", timeout=12)
            if event.open_oops:
                n = event.open_oops
                self.notify(
                    f"{n} open Oops entr{'y' if n == 1 else 'ies'} for this problem: on the Oops "
                    "screen (o on Home), R resolves them all once learnt.",
                    timeout=12,
                )
            self._ask_learnt(INSIGHT_PROMPT, card=True)

    def _ask_learnt(self, placeholder: str, card: bool) -> None:
        """The one optional line after a session: what did I learn (a card too when solved)."""
        self.insight_card = card
        insight = self.query_one("#insight", Input)
        insight.placeholder = placeholder
        insight.remove_class("-hidden")
        insight.focus()

    @on(Input.Submitted, "#insight")
    def _save_insight(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if text and self.meta is not None:
            self._insight(self.meta, text, self.insight_card)
        event.input.add_class("-hidden")

    @work(thread=True, group="insight", exit_on_error=False, description="Saving the insight")
    def _insight(self, meta: ProblemMeta, text: str, card: bool) -> None:
        assert self.session is not None
        learning_log.add_entry(
            self.deps.store, self.deps.settings, text, source="practice", instant=self.deps.now()
        )
        if not card:
            self.app.call_from_thread(self.notify, "Kept in your learning log.")
            return
        made = self.session.add_insight(text)
        self.app.call_from_thread(
            self.notify, f"Saved as card {made} in your Insights deck and in your learning log."
        )
        self.app.call_from_thread(self.drill_app.sync_decks)

    @on(Worker.StateChanged)
    def _failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            message = describe(event.worker.error)
            if event.worker.group == "solve-watch":
                message = f"file watching stopped ({message}); press j to judge"
            elif event.worker.group == "solve-start":
                self.query_one(VerdictPanel).note("Cannot start this problem", message)
            self.notify(message, severity="error", timeout=15)

    # -- actions ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        started = self.attempt is not None
        if action == "start":
            return self.session is not None and not started
        if action == "language":
            return not started  # the language is chosen before the timer starts
        if action == "edit":
            return self.session is not None and not self.finished
        if action in ("rejudge", "give_up"):
            return started and not self.finished
        return True

    def action_start(self) -> None:
        if self.session is not None and self.attempt is None:
            self._begin()

    def action_edit(self) -> None:
        if self.session is not None and self.attempt is None:
            self.edit_once_started = True  # the timer starts as the editor opens
            self._begin()
            return
        if self.attempt is not None and self.drill_app.edit_file(self.attempt.solution_path, 1):
            self.check_file()

    def action_rejudge(self) -> None:
        if self.session is not None:
            self.session.forget_judged()
        self.check_file()

    def action_give_up(self) -> None:
        async def answer(yes: bool | None) -> None:
            if yes:
                await self._give_up()

        self.app.push_screen(Confirm("Give up and see the reference solution?"), answer)

    async def _give_up(self) -> None:
        if self.session is None or self.meta is None or self.finished:
            return
        try:
            gave_up = self.session.give_up()
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        outcome, reference = gave_up.outcome, gave_up.reference
        self._finish()
        due = outcome.next_due.isoformat() if outcome.next_due else "tomorrow"
        text = (
            f"## Reference solution\n\nYou gave up; **{self.meta.title}** comes back on "
            f"{due}.\n\n```python\n{reference.rstrip()}\n```\n"
        )
        await self.query_one("#text", Markdown).update(text)
        self.query_one("#statement", VerticalScroll).scroll_home(animate=False)
        self.query_one(VerdictPanel).note(
            "Gave up", f"After {plural(len(self.runs), 'run')}; the reference is above."
        )
        self._ask_learnt(GAVE_UP_PROMPT, card=False)

    def _finish(self) -> None:
        self.finished = True
        self._show_title(revealed=True)
        if self.cancel is not None:
            self.cancel.set()
        self.workers.cancel_group(self, "solve-watch")
        self.query_one(TargetTimer).stop()
        self.refresh_bindings()

    def action_back(self) -> None:
        insight = self.query_one("#insight", Input)
        if insight.has_focus:
            insight.add_class("-hidden")  # skip the insight, stay on the verdict
            return
        if not self.finished and self.attempt is not None:
            self.notify("The attempt stays open: solve it or give up later (Problems, Enter).")
        self.drill_app.back()

    def on_unmount(self) -> None:
        if self.cancel is not None:
            self.cancel.set()
