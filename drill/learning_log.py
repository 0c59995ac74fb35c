"""The daily learning log: one line of "what did I learn" after a session, by study day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from drill.config import Settings
from drill.core.progress import iso_week, week_monday
from drill.errors import DrillError
from drill.store.db import Store
from drill.store.queries import log as lq

SOURCES = ("review", "practice", "set", "hand")
"""Where an entry was written: after a review, after a problem, after a timed set, by hand."""

MAX_CHARS = 2000


@dataclass(frozen=True)
class Entry:
    id: int
    day: date
    at: datetime
    text: str
    source: str

    @property
    def week(self) -> str:
        return iso_week(self.day)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "day": self.day.isoformat(),
            "week": self.week,
            "at": self.at.isoformat(),
            "text": self.text,
            "source": self.source,
        }


def add_entry(
    store: Store, settings: Settings, text: str, *, source: str, instant: datetime
) -> int:
    """Store one line under the study day of `instant`; returns its id.

    The text is kept on one line (newlines become spaces); an empty line is a DrillError (the
    prompts skip it before calling this)."""
    if source not in SOURCES:
        raise ValueError(f"unknown log source {source!r}; one of {', '.join(SOURCES)}")
    line = " ".join(text.split())
    if not line:
        raise DrillError("an empty log entry: write what you learnt, in one line")
    if len(line) > MAX_CHARS:
        raise DrillError(f"a log entry is one line of at most {MAX_CHARS} characters")
    return lq.add_entry(store, settings.today(instant), instant, line, source, settings.machine)


def week_label(settings: Settings, instant: datetime, week: str | None) -> str:
    """`2026-W02` as written (checked), or this week's label when `week` is empty."""
    if not week:
        return iso_week(settings.today(instant))
    try:
        return iso_week(week_monday(week))
    except ValueError as err:
        raise DrillError(str(err)) from None


def entries(
    store: Store, settings: Settings, instant: datetime, *, week: str | None = None
) -> list[Entry]:
    """Every entry (oldest first), or those of one ISO week (`2026-W02`: Monday to Sunday in
    study days; `week=""` is the week of `instant`)."""
    if week is None:
        rows = lq.entries_between(store)
    else:
        monday = week_monday(week_label(settings, instant, week))
        rows = lq.entries_between(store, monday, monday + timedelta(days=6))
    return [Entry(r.id, r.day, r.at, r.text, r.source) for r in rows]
