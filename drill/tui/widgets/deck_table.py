"""Browse's list of decks with their counts; highlighting one posts DeckTable.Picked."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import DataTable

from drill.review import DeckRow

ALL = "__all__"


class DeckTable(DataTable[str | int | Text]):
    """The first row, "All decks", stands for every deck (deck None)."""

    DEFAULT_CSS = """
    DeckTable { width: 34; height: 1fr; }
    """

    @dataclass
    class Picked(Message):
        deck: str | None

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = False
        self.add_column("deck", key="deck")
        self.add_column("cards", key="cards")
        self.add_column("due", key="due")

    def show(self, rows: list[DeckRow]) -> None:
        current = self.picked
        self.clear()
        self.add_row("All decks", sum(r.cards for r in rows), sum(r.due for r in rows), key=ALL)
        for r in rows:
            self.add_row(Text(r.name), r.cards, r.due, key=r.name)
        names = [ALL, *(r.name for r in rows)]
        key = ALL if current is None else current
        if key in names:
            self.move_cursor(row=names.index(key))

    @property
    def picked(self) -> str | None:
        if self.row_count == 0:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return None if key in (None, ALL) else key

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        key = event.row_key.value
        self.post_message(self.Picked(None if key in (None, ALL) else key))
