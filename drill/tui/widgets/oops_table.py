"""The Oops List as a table (id, category, problem, what went wrong, date, state)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import DataTable

from drill.oops import OopsView
from drill.tui.fmt import clip

COLUMNS = (
    ("#", "id", 3),
    ("category", "category", 12),
    ("problem", "problem", 16),
    ("date", "date", 10),
)


class OopsTable(DataTable[str | Text]):
    """Rows keyed by entry id; highlighting one posts OopsTable.Highlighted."""

    DEFAULT_CSS = """
    OopsTable { height: 1fr; }
    """

    @dataclass
    class Highlighted(Message):
        entry: OopsView | None

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row")
        self.entries: dict[int, OopsView] = {}
        self.text_width = 0

    def on_resize(self) -> None:
        width = max(20, self.size.width - sum(w + 2 for _l, _k, w in COLUMNS) - 6)
        if width != self.text_width:
            self.text_width = width
            self.show(list(self.entries.values()))

    def show(self, entries: list[OopsView]) -> None:
        """Fill the table; the text column takes the width the others leave."""
        keep = self.current
        self.clear(columns=True)
        for label, key, width in COLUMNS[:3]:
            self.add_column(label, key=key, width=width)
        self.add_column("what went wrong", key="text", width=self.text_width or 40)
        for label, key, width in COLUMNS[3:]:
            self.add_column(label, key=key, width=width)
        self.entries = {e.id: e for e in entries}
        for e in entries:
            mark = "✓ " if e.resolved_at else ""
            self.add_row(
                str(e.id),
                e.category_name,
                Text(clip(e.problem or "—", 16)),
                Text(clip(mark + e.text, self.text_width or 40)),
                e.created_at.date().isoformat(),
                key=str(e.id),
            )
        if keep is not None and keep.id in self.entries:
            self.move_cursor(row=list(self.entries).index(keep.id))
        self.post_message(self.Highlighted(self.current))

    @property
    def current(self) -> OopsView | None:
        if self.row_count == 0:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return self.entries.get(int(key)) if key else None

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        key = event.row_key.value
        self.post_message(self.Highlighted(self.entries.get(int(key)) if key else None))
