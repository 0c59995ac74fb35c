"""A number with a caption, as on Home: 20 new, 143 review, a 4-day streak."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label


class StatTile(Vertical):
    """`value` None shows a dash (not known yet, or the feature is not there)."""

    DEFAULT_CSS = """
    StatTile {
        width: 1fr; height: 4; min-width: 11;
        border: round $primary 40%; padding: 0 1;
        & > .value { text-style: bold; width: 100%; content-align: center middle; }
        & > .caption { color: $text-muted; width: 100%; content-align: center middle; }
        &.-zero > .value { color: $text-muted; }
    }
    """

    def __init__(self, caption: str, id: str | None = None) -> None:
        super().__init__(id=id)
        self.caption = caption

    def compose(self) -> ComposeResult:
        yield Label("…", classes="value")
        yield Label(self.caption, classes="caption")

    def show(self, value: int | str | None) -> None:
        self.query_one(".value", Label).update("—" if value is None else str(value))
        self.set_class(value in (0, None), "-zero")
