"""Streaks, today's numbers for the home screen, and the week's forecast."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from drill.config import Settings
from drill.oops import count_open
from drill.practice import due_problem_count
from drill.review import DueCounts, Scope, due_counts, today
from drill.store.db import Store
from drill.store.queries import cards as q


def streak(store: Store, settings: Settings, instant: datetime) -> int:
    """Consecutive study days with at least one answer, ending today (or yesterday)."""
    day = today(settings, instant)
    days = q.study_days(store, day)
    cursor = day if day in days else day - timedelta(days=1)
    count = 0
    while cursor in days:
        count += 1
        cursor -= timedelta(days=1)
    return count


def forecast(
    store: Store, settings: Settings, instant: datetime, days: int = 7
) -> list[tuple[date, int]]:
    """Reviews falling due on each of the next days (overdue ones count for tomorrow)."""
    day = today(settings, instant)
    rows = q.due_by_day(store, day + timedelta(days=days))
    out = []
    carried = sum(n for d, n in rows.items() if d <= day)
    for i in range(1, days + 1):
        d = day + timedelta(days=i)
        out.append((d, rows.get(d, 0) + (carried if i == 1 else 0)))
    return out


@dataclass(frozen=True)
class HomeSummary:
    due: DueCounts
    problems_due: int
    streak: int
    open_oops: int
    due_tomorrow: int
    total_cards: int
    reviews_ever: int
    attempts_ever: int

    @property
    def first_time(self) -> bool:
        return self.reviews_ever == 0 and self.attempts_ever == 0


def home_summary(store: Store, settings: Settings, instant: datetime) -> HomeSummary:
    counted = q.totals(store)
    return HomeSummary(
        due=due_counts(store, settings, instant, Scope()),
        problems_due=due_problem_count(store, settings, instant),
        streak=streak(store, settings, instant),
        open_oops=count_open(store),
        due_tomorrow=forecast(store, settings, instant, 1)[0][1],
        total_cards=counted.cards,
        reviews_ever=counted.reviews,
        attempts_ever=counted.attempts,
    )
