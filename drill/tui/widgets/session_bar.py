"""The review session's progress line: where the card is from, cards done and left, time left."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from drill.tui.fmt import clock


class SessionBar(Horizontal):
    """Shows progress; the Review screen owns the numbers and pushes them in with `show`."""

    DEFAULT_CSS = """
    SessionBar {
        height: 1;
        padding: 0 1;
        background: $boost;
        & > #where { width: 1fr; color: $text-muted; }
        & > ProgressBar { width: auto; margin: 0 1; }
        & > ProgressBar > Bar { width: 20; }
        & > #counts { width: auto; }
        & > #time { width: auto; margin-left: 2; text-style: bold; }
        & > #time.-over { color: $warning; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Label("", id="where", markup=False)
        yield ProgressBar(total=1, show_percentage=False, show_eta=False)
        yield Label("", id="counts")
        yield Label("", id="time")

    def show(self, *, where: str, done: int, left: int) -> None:
        self.query_one("#where", Label).update(where)
        bar = self.query_one(ProgressBar)
        bar.update(total=max(1, done + left), progress=done if done + left else 1)
        self.query_one("#counts", Label).update(f"{done} done · {left} left")

    def show_time(self, seconds_left: float) -> None:
        label = self.query_one("#time", Label)
        over = seconds_left <= 0
        label.update("time's up" if over else f"{clock(seconds_left)} left")
        label.set_class(over, "-over")
