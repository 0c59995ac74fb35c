"""The SQL of the daily learning log: entries in, plain dataclasses out.

Plain SQL through `Store.sql()`, so `drill log` and the weekly recap on SQLite never import
SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from drill.store.db import Store, as_day


@dataclass(frozen=True)
class LogRow:
    id: int
    day: date
    at: datetime
    text: str
    source: str


def _instant(value: Any) -> datetime:
    """A stored UTC instant read back (SQLite: its text; PostgreSQL: a naive datetime)."""
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def add_entry(
    store: Store, day: date, instant: datetime, text: str, source: str, machine: str | None
) -> int:
    with store.sql() as c:
        c.run(
            "INSERT INTO log_entries (day, at, text, source, machine) "
            "VALUES (:day, :at, :text, :source, :machine)",
            {
                "day": c.day(day),
                "at": c.instant(instant),
                "text": text,
                "source": source,
                "machine": machine,
            },
        )
        row = c.one(
            "SELECT max(id) FROM log_entries WHERE at = :at AND text = :text",
            {"at": c.instant(instant), "text": text},
        )
    assert row is not None
    return int(row[0])


def entries_between(
    store: Store, first: date | None = None, last: date | None = None
) -> list[LogRow]:
    """Entries of study days `first`..`last` (either end open when None), oldest first."""
    with store.sql(write=False) as c:
        where, params = [], {}
        if first is not None:
            where.append("day >= :first")
            params["first"] = c.day(first)
        if last is not None:
            where.append("day <= :last")
            params["last"] = c.day(last)
        rows = c.rows(
            "SELECT id, day, at, text, source FROM log_entries"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY day, at, id",
            params,
        )
    return [LogRow(int(i), as_day(d), _instant(at), str(t), str(src)) for i, d, at, t, src in rows]
