"""The weekly recap: filled from the data, with what drill can't know asked here once and kept."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Checkbox, Footer, Input, Label, Markdown
from textual.worker import Worker, WorkerState

from drill import stats
from drill.errors import DrillError
from drill.stats import WeeklyRecap
from drill.tui.context import Deps
from drill.tui.guard import describe
from drill.tui.screens.base import DrillScreen


class RecapScreen(DrillScreen):
    """Ctrl+S keeps the answers; the recap below them is what `drill recap --markdown` prints."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save answers", id="recap.save", priority=True),
        Binding("escape", "back", "Back", id="recap.back"),
    ]

    DEFAULT_CSS = """
    RecapScreen {
        & #title { padding: 0 2; text-style: bold; width: 100%; background: $boost; }
        & #form { height: auto; padding: 0 1; }
        & #form > Horizontal { height: auto; }
        & #form Input { width: 1fr; }
        & #percentile { width: 20; }
        & #status { color: $text-muted; padding: 0 2; }
    }
    """

    @dataclass
    class Loaded(Message):
        recap: WeeklyRecap

    def __init__(self, deps: Deps, week: str | None = None) -> None:
        super().__init__(deps)
        self.week = week or stats.recap_week(deps.settings, deps.now(), None)

    def compose(self) -> ComposeResult:
        yield Label(f"Recap · week {self.week}", id="title")
        with VerticalScroll(id="form"):
            yield Input(placeholder="One-line win of the week", id="win")
            with Horizontal():
                yield Checkbox("ML notebook done", id="notebook")
                yield Checkbox("Mock interview done", id="mock")
                yield Input(placeholder="Contest %ile", id="percentile")
            yield Label("", id="status")
            yield Markdown("", id="recap")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="recap", exit_on_error=False, description="Recap")
    def load(self) -> None:
        recap = stats.weekly_recap(self.deps.store, self.deps.settings, self.deps.now(), self.week)
        self.post_message(self.Loaded(recap))

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.query_one("#status", Label).update(describe(event.worker.error))

    @on(Loaded)
    async def _loaded(self, event: Loaded) -> None:
        recap = event.recap
        a = recap.answers
        if a is not None:
            self.query_one("#win", Input).value = a.win or ""
            self.query_one("#notebook", Checkbox).value = bool(a.notebook)
            self.query_one("#percentile", Input).value = (
                "" if a.percentile is None else f"{a.percentile:g}"
            )
        self.query_one("#mock", Checkbox).value = bool(recap.mock_done)  # a drill mock counts
        self.query_one("#status", Label).update(
            "Answers kept; change them and press ctrl+s."
            if a
            else "drill can't know these: answer once, ctrl+s keeps them."
        )
        await self.query_one("#recap", Markdown).update(recap.markdown())

    def action_save(self) -> None:
        raw = self.query_one("#percentile", Input).value.strip().rstrip("%")
        status = self.query_one("#status", Label)
        try:
            percentile = float(raw) if raw else None
        except ValueError:
            status.update(f"{raw!r} is not a number: write a percentile from 0 to 100")
            return
        try:
            stats.save_recap_answers(
                self.deps.store,
                self.deps.now(),
                self.week,
                self.query_one("#win", Input).value,
                self.query_one("#notebook", Checkbox).value,
                self.query_one("#mock", Checkbox).value,
                percentile,
            )
        except DrillError as err:
            status.update(str(err))
            return
        self.load()

    def action_back(self) -> None:
        self.drill_app.back()
