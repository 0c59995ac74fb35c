"""The end of a review session: cards reviewed, again count, time spent, what is due tomorrow."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Static

from drill import learning_log
from drill.review import DueCounts, ReviewSession, Scope
from drill.tui.context import Deps
from drill.tui.fmt import clock, plural
from drill.tui.guard import USER_ERRORS, describe

HEADLINES = {
    "time": "Time's up: session over",
    "empty": "All done for today",
    "stopped": "Session ended",
    "error": "Session stopped by an error",
}


@dataclass(frozen=True)
class SessionSummary:
    reason: str  # time | empty | stopped | error
    reviewed: int
    again: int
    seconds: float
    left_today: int
    tomorrow: DueCounts | None
    session: ReviewSession | None = None
    """The sitting itself: `u` here takes back its last step and goes on with it."""

    def lines(self) -> list[str]:
        out = [
            f"Reviewed   {plural(self.reviewed, 'card')} ({self.again} again)",
            f"Time       {clock(self.seconds)}",
        ]
        if self.left_today:
            out.append(f"Left today {plural(self.left_today, 'card')}")
        if self.tomorrow is not None:
            t = self.tomorrow
            out.append(f"Tomorrow   {t.review} review · {t.new} new")
        return out


class SummaryScreen(Screen[None]):
    """Enter goes home; `r` starts another session when cards are left today."""

    DEFAULT_CSS = """
    SummaryScreen {
        align: center middle;
        & #summary {
            width: 50; max-width: 100%; height: auto;
            border: round $success; padding: 1 2; background: $surface;
        }
        & #headline { text-style: bold; width: 100%; content-align: center middle; }
        & .line { margin-top: 1; }
        & #learnt { margin-top: 1; }
    }
    """

    AUTO_FOCUS = ""  # the keys (Enter, r, u) stay the summary's until `l` focuses the line

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,escape", "close", "Home", id="summary.home"),
        Binding("r", "again", "Review more", id="summary.again"),
        Binding("u", "undo", "Undo last", id="summary.undo", tooltip="Take back the last answer"),
        Binding(
            "l",
            "learnt",
            "What did I learn",
            id="summary.learnt",
            tooltip="One line for the learning log",
        ),
    ]

    def __init__(self, deps: Deps, summary: SessionSummary, scope: Scope, minutes: int) -> None:
        super().__init__()
        self.deps = deps
        self.summary = summary
        self.scope = scope
        self.minutes = minutes

    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="summary"):
            yield Label(HEADLINES.get(self.summary.reason, "Session over"), id="headline")
            yield Static("\n".join(self.summary.lines()), classes="line", markup=False)
            if self.summary.reviewed:
                yield Input(placeholder="l: what did I learn (Enter to skip)", id="learnt")
        yield Footer()

    def action_learnt(self) -> None:
        for found in self.query("#learnt").results(Input):
            found.focus()

    @on(Input.Submitted, "#learnt")
    def _learnt(self, event: Input.Submitted) -> None:
        """Enter keeps the line (an empty one is skipped) and goes home, as Enter does here."""
        event.stop()
        text = event.value.strip()
        if text:
            learning_log.add_entry(
                self.deps.store,
                self.deps.settings,
                text,
                source="review",
                instant=self.deps.now(),
            )
            self.notify("Kept in your learning log.")
        self.action_close()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "again":
            return self.summary.left_today > 0
        if action == "learnt":
            return self.summary.reviewed > 0
        return True

    def action_close(self) -> None:
        from drill.tui.app import DrillApp

        if isinstance(self.app, DrillApp):
            self.app.back()

    def action_again(self) -> None:
        from drill.tui.screens.review import ReviewScreen

        self.app.switch_screen(ReviewScreen(self.deps, self.scope, self.minutes))

    def action_undo(self) -> None:
        """Take back the session's last step and continue with that card, as Anki does."""
        self._undo()

    @work(group="review", exit_on_error=False, description="Undoing")
    async def _undo(self) -> None:
        from drill.tui.screens.review import ReviewScreen

        session = self.summary.session
        if session is None:
            self.notify("Nothing to undo.")
            return
        try:
            undone = await asyncio.to_thread(session.undo)
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        if undone is None:
            self.notify("Nothing to undo in this session today.")
            return
        self.app.switch_screen(
            ReviewScreen(self.deps, self.scope, self.minutes, first=undone[1], session=session)
        )
