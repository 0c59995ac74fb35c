"""Study-day arithmetic: a day rolls over at a local hour (04:00 by default), as in Anki."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo


def study_day(instant: datetime, tz: tzinfo, rollover_hour: int = 4) -> date:
    """The study day an instant belongs to: the local date, shifted back by the rollover hour."""
    if instant.tzinfo is None:
        raise ValueError("study_day needs an aware datetime (UTC), got a naive one")
    if not 0 <= rollover_hour <= 23:
        raise ValueError("rollover_hour must be 0..23")
    local = instant.astimezone(tz)
    return (local - timedelta(hours=rollover_hour)).date()


def day_start(day: date, tz: tzinfo, rollover_hour: int = 4) -> datetime:
    """The UTC instant at which a study day begins."""
    local = datetime(day.year, day.month, day.day, rollover_hour, tzinfo=tz)
    return local.astimezone(UTC)


def days_between(earlier: date, later: date) -> int:
    return (later - earlier).days
