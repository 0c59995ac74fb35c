"""The problems as a table: title, category, level, status, best time, tries, next re-solve."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import DataTable

from drill.practice import ProblemRow
from drill.tui.fmt import clip, clock, day

COLUMNS = (
    ("category", "category", 16),
    ("level", "level", 6),
    ("status", "status", 6),
    ("best", "best", 5),
    ("tries", "tries", 5),
    ("next", "next", 10),
)


class ProblemTable(DataTable[str | Text]):
    """Rows keyed by slug; Enter posts ProblemTable.Chosen."""

    DEFAULT_CSS = """
    ProblemTable { height: 1fr; }
    """

    @dataclass
    class Chosen(Message):
        slug: str

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row")
        self.rows_by_slug: dict[str, ProblemRow] = {}
        self.today: date | None = None
        self.title_width = 0

    def on_resize(self) -> None:
        width = max(16, self.size.width - sum(w + 2 for _l, _k, w in COLUMNS) - 4)
        if width != self.title_width:
            self.title_width = width
            self.show(list(self.rows_by_slug.values()), self.today)

    def show(self, rows: list[ProblemRow], today: date | None) -> None:
        """Fill the table; the title column takes the width the others leave."""
        keep = self.current
        self.today = today
        self.clear(columns=True)
        self.add_column("problem", key="title", width=self.title_width or 30)
        for label, key, width in COLUMNS:
            self.add_column(label, key=key, width=width)
        self.rows_by_slug = {r.slug: r for r in rows}
        for r in rows:
            best = clock(r.best_time_s) if r.best_time_s is not None else "—"
            self.add_row(
                Text(clip(r.title, self.title_width or 30)),
                r.category,
                r.difficulty,
                r.status,
                best,
                str(r.attempts),
                day(r.next_due, today),
                key=r.slug,
            )
        if keep is not None and keep.slug in self.rows_by_slug:
            self.move_cursor(row=list(self.rows_by_slug).index(keep.slug))

    @property
    def current(self) -> ProblemRow | None:
        if self.row_count == 0:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return self.rows_by_slug.get(key) if key else None

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value:
            self.post_message(self.Chosen(event.row_key.value))
