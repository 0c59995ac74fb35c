"""The SQL of the daily learning log: entries in, plain dataclasses out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from drill.store.db import Store
from drill.store.models import LogEntry


@dataclass(frozen=True)
class LogRow:
    id: int
    day: date
    at: datetime
    text: str
    source: str


def add_entry(
    store: Store, day: date, instant: datetime, text: str, source: str, machine: str | None
) -> int:
    with store.session() as s:
        row = LogEntry(day=day, at=instant, text=text, source=source, machine=machine)
        s.add(row)
        s.flush()
        return int(row.id)


def entries_between(
    store: Store, first: date | None = None, last: date | None = None
) -> list[LogRow]:
    """Entries of study days `first`..`last` (either end open when None), oldest first."""
    query = select(LogEntry.id, LogEntry.day, LogEntry.at, LogEntry.text, LogEntry.source)
    if first is not None:
        query = query.where(LogEntry.day >= first)
    if last is not None:
        query = query.where(LogEntry.day <= last)
    with store.read() as s:
        rows = s.execute(query.order_by(LogEntry.day, LogEntry.at, LogEntry.id)).all()
    return [LogRow(int(i), d, at, text, source) for i, d, at, text, source in rows]
