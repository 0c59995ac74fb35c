"""The numbers on Home, gathered from the use cases in one call (run in a worker)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from drill import plan, review, stats
from drill.core.problems import ProblemMeta
from drill.errors import DrillError
from drill.review import DueCounts
from drill.tui.context import Deps


@dataclass(frozen=True)
class HomeFacts:
    counts: DueCounts
    cards: int
    decks: int
    fresh: bool  # nothing reviewed or practised yet: show the first-time advice
    problems_due: int
    streak: int
    open_oops: int
    due_tomorrow: int
    goals: list[stats.GoalProgress]
    recap_week: str | None  # last week, offered on the first day of a new week until filled in


def today_line(deps: Deps, metas: Sequence[ProblemMeta]) -> str:
    """Today's work from the study plan in one line, Home's first (`drill today` has the whole
    of it); a broken plan file is named instead, and Home still works."""
    try:
        found = plan.today_plan(deps.store, deps.settings, deps.now(), metas, sync=False)
        return found.headline()
    except DrillError as err:
        return f"Today: the plan can't be read: {err}"


def gather(deps: Deps) -> HomeFacts:
    now = deps.now()
    summary = stats.home_summary(deps.store, deps.settings, now)
    decks = sum(1 for row in review.deck_rows(deps.store, deps.settings, now) if row.cards)
    return HomeFacts(
        counts=summary.due,
        cards=summary.total_cards,
        decks=decks,
        fresh=summary.first_time,
        problems_due=summary.problems_due,
        streak=summary.streak,
        open_oops=summary.open_oops,
        due_tomorrow=summary.due_tomorrow,
        goals=stats.goal_progress(deps.store, deps.settings, now),
        recap_week=stats.recap_due(deps.store, deps.settings, now),
    )
