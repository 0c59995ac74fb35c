"""The Timed screen: a set, a mock interview or a contest, several problems under one clock.

It drives a TimedRun (drill/timed.py), as `drill set --plain` does: a number key switches
problem (each keeps its own file, attempt and time), every save of the current file is judged,
and the box's end (or E) closes the session with its report and a line of notes."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Label, Markdown, Static
from textual.worker import Worker, WorkerState

from drill.core.fmt import clock
from drill.core.timed import NoProblems
from drill.errors import DrillError
from drill.judge.runner import Cancelled, JudgeResult
from drill.practice import RunOutcome
from drill.render import unicode_math
from drill.timed import NAMES, Summary, TimedRun, choose, report_lines
from drill.tui.context import Deps
from drill.tui.guard import USER_ERRORS, describe
from drill.tui.screens.base import DrillScreen
from drill.tui.widgets.confirm import Confirm
from drill.tui.widgets.text_prompt import TextPrompt
from drill.tui.widgets.verdict_panel import VerdictPanel

DEFAULTS: dict[str, dict[str, Any]] = {
    "set": {"count": 3, "minutes": 90},
    "mock": {"count": 2, "minutes": 90, "problem_minutes": 45},
    "contest": {"count": 4, "minutes": 90},
}


class TimedScreen(DrillScreen):
    """A timed session; Escape leaves it running (as a contest clock keeps running)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "start", "Start", id="timed.start", tooltip="Start the clock"),
        *[
            Binding(str(n), f"open({n})", str(n), id=f"timed.open{n}", show=False)
            for n in range(1, 10)
        ],
        Binding("n", "next", "Next", id="timed.next", tooltip="The next unsolved problem"),
        Binding("e", "edit", "Edit", id="timed.edit", tooltip="Open the file in $EDITOR"),
        Binding("j", "rejudge", "Judge", id="timed.judge", tooltip="Judge the file now"),
        Binding("g", "give_up", "Give up", id="timed.give_up"),
        Binding("E", "end", "End", id="timed.end", tooltip="End the session now"),
        Binding("escape", "back", "Back", id="timed.back"),
    ]

    DEFAULT_CSS = """
    TimedScreen {
        & #bar { height: 1; background: $boost; }
        & #title { width: 1fr; padding: 0 1; text-style: bold; }
        & #clock { width: auto; padding: 0 1; }
        & #problems { height: auto; padding: 0 1; }
        & #statement { height: 1fr; padding: 0 2; }
        & #statement > Markdown { margin: 0; padding: 0; }
        & #file { width: 1fr; height: auto; padding: 0 1; color: $text-muted; }
    }
    """

    @dataclass
    class Ready(Message):
        run: TimedRun | None
        preview: list[str]

    @dataclass
    class Shown(Message):
        position: int

    @dataclass
    class Judged(Message):
        position: int
        result: JudgeResult
        outcome: RunOutcome

    @dataclass
    class Ended(Message):
        summary: Summary
        why: str

    def __init__(self, deps: Deps, spec: dict[str, Any]) -> None:
        super().__init__(deps)
        self.spec = spec
        self.kind = str(spec.get("kind", "set"))
        self.run: TimedRun | None = None
        self.problems: list[str] = list(spec.get("problems") or [])
        self.cancel: threading.Event | None = None
        self.ended: Summary | None = None
        self.busy = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="bar"):
            yield Label(NAMES.get(self.kind, self.kind), id="title", markup=False)
            yield Label("", id="clock")
        yield Static("", id="problems", markup=False)
        with VerticalScroll(id="statement"):
            yield Markdown("*Choosing the problems…*", id="text")
        yield Label("", id="file", markup=False)
        yield VerdictPanel(id="verdict")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(VerdictPanel).waiting("Choosing the problems…")
        self._prepare()
        self.set_interval(1.0, self._tick)

    # -- preparing, then starting --------------------------------------------------------------

    def _metas(self) -> list[Any]:
        return self.drill_app.problem_metas()

    @work(thread=True, exclusive=True, group="timed", exit_on_error=False, description="Preparing")
    def _prepare(self) -> None:
        deps = self.deps
        metas = self._metas()
        resume = self.spec.get("resume")
        run = TimedRun.resume(deps.store, deps.settings, metas, deps.now)
        if run is not None and (resume is None or run.id == resume):
            self.kind = run.kind
            self.post_message(self.Ready(run, []))
            return
        by_slug = {m.slug: m for m in metas}
        if not self.problems:
            defaults = DEFAULTS[self.kind]
            try:
                picked = choose(
                    deps.store,
                    deps.settings,
                    metas,
                    deps.now(),
                    self.kind,  # type: ignore[arg-type]
                    count=defaults["count"],
                )
            except NoProblems as err:
                raise DrillError(str(err)) from None
            self.problems = [m.slug for m in picked]
        hide = self.kind == "mock" or not deps.settings.practice.show_patterns
        lines = []
        for position, slug in enumerate(self.problems, 1):
            meta = by_slug[slug]
            tags = "" if hide else f" · {', '.join(meta.patterns)}"
            lines.append(
                f"{position}. {meta.title} ({meta.difficulty}, target "
                f"{meta.target_minutes} min{tags})"
            )
        self.post_message(self.Ready(None, lines))

    def _minutes(self) -> tuple[int, int | None]:
        defaults = DEFAULTS[self.kind]
        minutes = int(self.spec.get("minutes") or defaults["minutes"])
        per = self.spec.get("problem_minutes", defaults.get("problem_minutes"))
        return minutes, None if per is None else int(per)

    @on(Ready)
    async def _ready(self, event: Ready) -> None:
        if event.run is not None:
            self.run = event.run
            self.query_one("#title", Label).update(f"{event.run.name} #{event.run.id}")
            self.notify(f"Resumed your {event.run.name}: its clock kept running.")
            self._show(event.run.next_open() or 1)
            return
        minutes, per = self._minutes()
        box = f"{minutes} min" + (f", {per} min each" if per else "")
        text = "\n".join(f"- {line}" for line in event.preview)
        await self.query_one("#text", Markdown).update(
            f"## {NAMES[self.kind].capitalize()}: {len(event.preview)} problems in {box}\n\n"
            f"{text}\n\nPress **s** to start the clock."
        )
        self.query_one(VerdictPanel).waiting("Read the list: s starts the clock.")
        self.refresh_bindings()

    @work(thread=True, exclusive=True, group="timed", exit_on_error=False, description="Starting")
    def _begin(self) -> None:
        deps = self.deps
        by_slug = {m.slug: m for m in self._metas()}
        minutes, per = self._minutes()
        self.run = TimedRun.begin(
            deps.store,
            deps.settings,
            self.kind,  # type: ignore[arg-type]
            [by_slug[s] for s in self.problems],
            deps.now,
            minutes=minutes,
            problem_minutes=per,
            language=str(self.spec.get("language") or "python"),
            chosen_by=str(self.spec.get("chosen_by") or "chosen on the Timed screen"),
        )
        self.app.call_from_thread(self._show, 1)

    # -- showing a problem -----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="timed", exit_on_error=False, description="Opening")
    def _show(self, position: int) -> None:
        assert self.run is not None
        self.run.open(position)
        self.post_message(self.Shown(position))

    @on(Shown)
    async def _shown(self, event: Shown) -> None:
        run = self.run
        assert run is not None
        meta = run.metas[event.position - 1]
        await self.query_one("#text", Markdown).update(unicode_math(meta.statement))
        self.query_one("#statement", VerticalScroll).scroll_home(animate=False)
        self._list()
        if run.finished(event.position):
            self.query_one("#file", Label).update(f"({run.status(event.position)})")
            self.query_one(VerdictPanel).waiting("Done: n moves on, E ends the session.")
        else:
            path = run.practice(event.position).path
            self.query_one("#file", Label).update(f"Your file: {path}  (e opens it)")
            self.query_one(VerdictPanel).waiting(
                f"Implement {meta.function} and save: every save is judged."
            )
            self._watch(path.parent)
            self.check_file()
        self.refresh_bindings()

    def _list(self) -> None:
        run = self.run
        if run is None:
            return
        rows = []
        for position in range(1, run.count + 1):
            meta = run.metas[position - 1]
            mark = ">" if position == run.current else " "
            spent = clock(run.active_s(position))
            rows.append(
                f"{mark}{position} {meta.title} · {meta.difficulty} · "
                f"{run.status(position)} · {spent}/{meta.target_minutes} min"
            )
        self.query_one("#problems", Static).update("\n".join(rows))

    def _tick(self) -> None:
        run = self.run
        if run is None or self.ended is not None:
            return
        left = f"{clock(run.remaining_s())} left"
        own = run.problem_remaining_s()
        if own is not None:
            left += f" · {clock(own)} on this one"
        self.query_one("#clock", Label).update(left)
        self._list()
        if self.busy:
            return
        if run.time_up():
            self._finish(f"Time is up: the {run.row.minutes} minutes ran out.")
        elif run.problem_time_up():
            self.busy = True
            self._time_out()

    @work(thread=True, exclusive=True, group="timed", exit_on_error=False, description="Closing")
    def _time_out(self) -> None:
        run = self.run
        assert run is not None and run.current is not None
        position = run.current
        run.give_up()
        self.busy = False
        following = run.next_open(position)
        self.app.call_from_thread(
            self.notify, f"Problem {position}'s {run.row.problem_minutes} minutes ran out."
        )
        if following is None:
            self.app.call_from_thread(self._finish, f"Every problem of the {run.name} is done.")
        else:
            self._show(following)

    # -- judging ---------------------------------------------------------------------------------

    @work(exclusive=True, group="timed-watch", exit_on_error=False, description="Watching")
    async def _watch(self, folder: Path) -> None:
        from watchfiles import awatch

        async for _changes in awatch(folder, debounce=150, step=50, recursive=False):
            self.check_file()

    def check_file(self) -> None:
        run = self.run
        if run is None or run.current is None or self.ended is not None:
            return
        if run.finished(run.current):
            return
        session = run.practice(run.current)
        try:
            code = session.changed()
        except OSError as err:
            self.notify(describe(err), severity="error")
            return
        if code is None:
            return
        session.judged_code = code
        if self.cancel is not None:
            self.cancel.set()
        self.cancel = threading.Event()
        self.query_one(VerdictPanel).judging()
        self._judge(run.current, code, self.cancel)

    @work(thread=True, group="judge", exit_on_error=False, description="Judging")
    def _judge(self, position: int, code: str, cancel: threading.Event) -> None:
        run = self.run
        assert run is not None
        if run.current != position:
            return
        try:
            judged = run.judge(code, cancel=cancel)
        except Cancelled:
            return
        except USER_ERRORS as err:
            self.app.call_from_thread(self.notify, describe(err), severity="error")
            return
        self.post_message(self.Judged(position, judged.result, judged.outcome))

    @on(Judged)
    def _judged(self, event: Judged) -> None:
        run = self.run
        assert run is not None
        self.query_one(VerdictPanel).show(event.result, event.outcome)
        self._list()
        if event.outcome.finished:
            following = run.next_open(event.position)
            if following is None:
                self._finish(f"Every problem of the {run.name} is done.")
            else:
                self.notify(f"Solved problem {event.position}: on to problem {following}.")
                self._show(following)

    # -- ending ----------------------------------------------------------------------------------

    def _finish(self, why: str) -> None:
        if self.run is None or self.ended is not None:
            return
        self.busy = True
        if self.cancel is not None:
            self.cancel.set()
        self.workers.cancel_group(self, "timed-watch")
        self._end(why)

    @work(thread=True, exclusive=True, group="timed", exit_on_error=False, description="Ending")
    def _end(self, why: str) -> None:
        assert self.run is not None
        self.post_message(self.Ended(self.run.finish(), why))

    @on(Ended)
    async def _ended(self, event: Ended) -> None:
        self.ended = event.summary
        self._list()
        lines = "\n".join(report_lines(event.summary))
        references = "".join(
            f"\n\n### The reference for {slug}\n\n```python\n{source.rstrip()}\n```"
            for slug, source in event.summary.references
        )
        await self.query_one("#text", Markdown).update(
            f"## {event.why}\n\n```text\n{lines}\n```{references}"
        )
        self.query_one("#statement", VerticalScroll).scroll_home(animate=False)
        self.query_one("#file", Label).update("")
        self.query_one(VerdictPanel).note("Over", "Your notes are asked for next.")
        self.refresh_bindings()
        label = "retro" if self.kind == "contest" else "notes"
        self.app.push_screen(
            TextPrompt(f"Your {label} on this {NAMES[self.kind]}, in a line"), self._notes
        )

    async def _notes(self, text: str | None) -> None:
        if not text or not text.strip() or self.run is None:
            return
        run = self.run
        if run.kind == "mock":

            def answer(yes: bool | None) -> None:
                self._save_notes(text, bool(yes))

            self.app.push_screen(Confirm("Add your notes to the Oops List too?"), answer)
        else:
            self._save_notes(text, False)

    @work(thread=True, group="notes", exit_on_error=False, description="Saving the notes")
    def _save_notes(self, text: str, to_oops: bool) -> None:
        assert self.run is not None
        entry = self.run.save_notes(text, to_oops=to_oops)
        said = "Kept with the session" + (f" and as Oops #{entry}" if entry else "") + "."
        self.app.call_from_thread(self.notify, said)

    @on(Worker.StateChanged)
    def _failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.busy = False
            message = describe(event.worker.error)
            self.query_one(VerdictPanel).note("Cannot go on", message)
            self.notify(message, severity="error", timeout=15)

    # -- actions ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        running = self.run is not None and self.ended is None
        if action == "start":
            return self.run is None and bool(self.problems)
        if action in ("open", "next", "end"):
            return running
        if action in ("edit", "rejudge", "give_up"):
            run = self.run
            return (
                running
                and run is not None
                and run.current is not None
                and not (run.finished(run.current))
            )
        return True

    def action_start(self) -> None:
        if self.run is None and self.problems:
            self._begin()

    def action_open(self, position: int) -> None:
        if self.run is not None and self.ended is None and position <= self.run.count:
            self._show(position)

    def action_next(self) -> None:
        run = self.run
        if run is None or self.ended is not None:
            return
        following = run.next_open(run.current or 0)
        if following is None:
            self.notify("Every problem is done: E ends the session.")
        else:
            self._show(following)

    def action_edit(self) -> None:
        run = self.run
        if (
            run is not None
            and run.current is not None
            and self.drill_app.edit_file(run.practice(run.current).path, 1)
        ):
            self.check_file()

    def action_rejudge(self) -> None:
        run = self.run
        if run is not None and run.current is not None:
            run.practice(run.current).forget_judged()
        self.check_file()

    def action_give_up(self) -> None:
        run = self.run
        if run is None or run.current is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self._give_up()

        hint = "" if run.shows_reference else " (the reference comes at the end)"
        self.app.push_screen(Confirm(f"Give up problem {run.current}?{hint}"), answer)

    @work(thread=True, exclusive=True, group="timed", exit_on_error=False, description="Giving up")
    def _give_up(self) -> None:
        run = self.run
        assert run is not None and run.current is not None
        position = run.current
        gave_up = run.give_up()
        if run.shows_reference:
            self.app.call_from_thread(
                self.notify,
                f"The reference for problem {position}:\n{gave_up.reference}",
                timeout=20,
            )
        following = run.next_open(position)
        if following is None:
            self.app.call_from_thread(self._finish, f"Every problem of the {run.name} is done.")
        else:
            self._show(following)

    def action_end(self) -> None:
        def answer(yes: bool | None) -> None:
            if yes:
                self._finish("You ended it.")

        self.app.push_screen(Confirm("End the session now? Unsolved problems close."), answer)

    def action_back(self) -> None:
        if self.run is not None and self.ended is None:
            self.run.leave()
            self.notify(
                f"The {self.run.name} keeps running: `drill {self.run.kind}` (or t, m, c on Home) "
                "picks it up."
            )
        self.drill_app.back()

    def on_unmount(self) -> None:
        if self.cancel is not None:
            self.cancel.set()
