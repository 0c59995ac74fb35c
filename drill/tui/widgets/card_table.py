"""Browse's table of cards (front, status, due); highlighting one posts CardTable.Highlighted."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import DataTable

from drill.browse import CardRow
from drill.tui.fmt import clip


class CardTable(DataTable[str | Text]):
    """Rows are keyed by card id; `rows_by_id` keeps what was shown for the preview."""

    DEFAULT_CSS = """
    CardTable { height: 1fr; }
    """

    @dataclass
    class Highlighted(Message):
        card: CardRow | None

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row")
        self.rows_by_id: dict[int, CardRow] = {}
        self.front_width = 0

    def on_resize(self) -> None:
        width = max(20, self.size.width - (9 + 2) - (10 + 2) - 2 - 4)
        if width != self.front_width:
            self.front_width = width
            self.show(list(self.rows_by_id.values()))

    def show(self, rows: list[CardRow]) -> None:
        """Fill the table; the card's front takes the width status and due leave."""
        keep = self.current
        self.clear(columns=True)
        self.add_column("card", key="card", width=self.front_width or 50)
        self.add_column("status", key="status", width=9)
        self.add_column("due", key="due", width=10)
        self.rows_by_id = {r.id: r for r in rows}
        for r in rows:
            due = r.due.isoformat() if r.due else "—"
            front = Text(clip(r.front, self.front_width or 50))
            self.add_row(front, r.status, due, key=str(r.id))
        if keep is not None and keep.id in self.rows_by_id:
            self.move_cursor(row=list(self.rows_by_id).index(keep.id))
        if not rows:
            self.post_message(self.Highlighted(None))

    def replace(self, row: CardRow) -> None:
        """Show a changed card (after suspending) in place."""
        self.rows_by_id[row.id] = row
        self.update_cell(str(row.id), "status", row.status)
        self.post_message(self.Highlighted(row))

    @property
    def current(self) -> CardRow | None:
        if self.row_count == 0:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return self.rows_by_id.get(int(key)) if key else None

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        key = event.row_key.value
        self.post_message(self.Highlighted(self.rows_by_id.get(int(key)) if key else None))
