"""Pure progress arithmetic: streaks over study days, ISO weeks, rates and goal shares."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

MATURE_DAYS = 21
"""A card is mature at an interval of 21 days or more, as in Anki."""


@dataclass(frozen=True)
class Streaks:
    current: int
    """Study days in a row ending today, or yesterday while today has no answer yet."""
    longest: int
    studied_today: bool


def streaks(days: Iterable[date], today: date) -> Streaks:
    """Runs of consecutive study days with at least one answer (days after `today` ignored).

    Today not studied yet does not break the current streak: it still counts up to
    yesterday, as Anki's Review Heatmap does, until the day is over."""
    ordered = sorted({d for d in days if d <= today})
    longest = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    studied_today = bool(ordered) and ordered[-1] == today
    current = 0
    if ordered and today - ordered[-1] <= timedelta(days=1):
        current = run
    return Streaks(current=current, longest=longest, studied_today=studied_today)


def iso_week(day: date) -> str:
    """`2026-W02`: the ISO week a day belongs to."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(label: str) -> date:
    """The Monday of an ISO week written `2026-W02` (ValueError otherwise)."""
    text = label.strip().upper()
    try:
        year_text, week_text = text.split("-W")
        year, week = int(year_text), int(week_text)
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"{label!r} is not an ISO week; write it like 2026-W02") from None


def rate(part: int, whole: int) -> float | None:
    """part / whole, rounded to 4 places; None when there is nothing to divide."""
    return round(part / whole, 4) if whole else None


def goal_mix(solves: int, medium_share: float, hard_share: float) -> dict[str, int]:
    """How many easy, medium and hard solves the goal asks for (medium and hard rounded,
    easy the rest)."""
    medium = round(solves * medium_share)
    hard = round(solves * hard_share)
    return {"easy": max(0, solves - medium - hard), "medium": medium, "hard": hard}
