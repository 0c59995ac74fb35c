"""The study plan (the shipped plan.toml or the user's copy) and today's work from it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from drill.config import Settings
from drill.core.days import day_start
from drill.core.plan import Plan, PlanWeek, Routine, Slot, plan_week_number
from drill.core.problems import ProblemMeta
from drill.planfile import load_plan
from drill.practice import ProblemRow, list_problems, plan_weeks
from drill.review import DueCounts, Scope, due_counts, today
from drill.store.db import Store
from drill.store.queries import progress as pq

# ---------------------------------------------------------------- today's work


@dataclass(frozen=True)
class TodayItem:
    """One thing to do today and the command that does it."""

    kind: str
    """review, study, guided, unguided, resolve, port, next, cards, set, contest, retro, reflect"""
    text: str
    command: str | None
    problem: str | None = None
    difficulty: str | None = None
    minutes: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "command": self.command,
            "problem": self.problem,
            "difficulty": self.difficulty,
            "minutes": self.minutes,
        }


@dataclass(frozen=True)
class TodayPlan:
    day: date
    start: date | None
    week: int | None
    """The plan week by the calendar (week 1 starts on `start`); None without a start."""
    plan_week: PlanWeek | None
    """The week whose patterns today follows: `week`, or the nearest week the plan has."""
    slot: Slot | None
    due: DueCounts
    items: tuple[TodayItem, ...]
    routine: Routine | None
    note: str | None
    solved_this_week: int
    weekly_solves: int | None

    def headline(self) -> str:
        """One line: what today is about (the Home screen's first line)."""
        if self.slot is None or self.plan_week is None:
            resolves = sum(
                item.kind == "resolve" and item.problem is not None for item in self.items
            )
            cards = f"review {self.due.total} card{'s' if self.due.total != 1 else ''}"
            problems = f"re-solve {resolves} problem{'s' if resolves != 1 else ''}"
            return f"Today: {cards}, {problems} · no plan ([plan] start in config.toml)"
        work = [i for i in self.items if i.kind not in ("review", "retro")]
        first = next((i.command for i in work if i.command), None)
        tail = f" · {first}" if first else ""
        return (
            f"Today: {self.slot.day.title()}, {self.slot.title} · week {self.week}: "
            f"{self.plan_week.title}{tail}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "start": self.start.isoformat() if self.start else None,
            "week": self.week,
            "plan_week": None
            if self.plan_week is None
            else {
                "week": self.plan_week.week,
                "title": self.plan_week.title,
                "categories": list(self.plan_week.categories),
                "patterns": list(self.plan_week.patterns),
            },
            "slot": None
            if self.slot is None
            else {
                "day": self.slot.day,
                "kind": self.slot.kind,
                "title": self.slot.title,
                "problems": self.slot.problems,
                "minutes": self.slot.minutes,
            },
            "review": self.due.as_dict(),
            "items": [item.as_dict() for item in self.items],
            "routine": None
            if self.routine is None
            else {
                "review": self.routine.review,
                "coding": self.routine.coding,
                "reflection": self.routine.reflection,
            },
            "note": self.note,
            "solved_this_week": self.solved_this_week,
            "weekly_solves": self.weekly_solves,
        }


_LEVEL = {"easy": 0, "medium": 1, "hard": 2}


def _is_due(row: ProblemRow, day: date) -> bool:
    return row.next_due is not None and row.next_due <= day


def _first_up(rows: Iterable[ProblemRow], day: date) -> list[ProblemRow]:
    """Due to re-solve first, then never solved, then the rest; easiest, then by slug."""

    def rank(row: ProblemRow) -> int:
        if _is_due(row, day):
            return 0
        return 1 if row.status != "solved" else 2

    return sorted(rows, key=lambda r: (rank(r), _LEVEL.get(r.difficulty, 3), r.slug))


def _solve(
    kind: str, row: ProblemRow, day: date, minutes: int | None = None, lang: str = ""
) -> TodayItem:
    how = f"{row.difficulty}, {minutes or row.target_minutes} min"
    if kind != "port" and row.next_due is not None and row.next_due <= day:
        how += f", due {row.next_due.isoformat()}"
    if lang:
        how += ", in C++"
    command = f"drill solve {row.slug}" + (f" --lang {lang}" if lang else "")
    return TodayItem(
        kind, f"{row.slug} ({how})", command, row.slug, row.difficulty, minutes or None
    )


def _review_item(due: DueCounts) -> TodayItem:
    if due.total == 0:
        return TodayItem("review", "no cards due today", None)
    return TodayItem(
        "review",
        f"{due.new} new, {due.review} review, {due.learning} learning ({due.total} in all)",
        "drill review",
    )


def _due_resolves(rows: Sequence[ProblemRow], day: date) -> list[ProblemRow]:
    due = [r for r in rows if _is_due(r, day)]
    return sorted(due, key=lambda r: (r.next_due or day, _LEVEL.get(r.difficulty, 3), r.slug))


def _can_port(meta: ProblemMeta | None) -> bool:
    if meta is None:
        return False
    from drill.core.cpp import Unmappable
    from drill.problembank import ProblemError, cpp_plan

    try:
        cpp_plan(meta)
    except (Unmappable, ProblemError):
        return False
    return True


def _slot_items(
    plan: Plan,
    slot: Slot,
    week: PlanWeek,
    rows: Sequence[ProblemRow],
    mine: Sequence[ProblemRow],
    metas: dict[str, ProblemMeta],
    day: date,
) -> list[TodayItem]:
    """The problems and commands of one weekday's slot, from the week's problems."""
    count = slot.problems
    ordered = _first_up(mine, day)
    if slot.kind in ("study", "guided"):
        return [_solve(slot.kind, r, day, slot.minutes) for r in ordered[:count]]
    if slot.kind == "unguided":
        level = [r for r in ordered if slot.difficulty is None or r.difficulty == slot.difficulty]
        minutes = slot.minutes or plan.targets.unguided_minutes
        return [_solve("unguided", r, day, minutes) for r in (level or ordered)[:count]]
    if slot.kind == "resolve":
        week_slugs = {r.slug for r in mine}
        due = _due_resolves(rows, day)
        due.sort(key=lambda r: r.slug not in week_slugs)  # the week's own first (stable)
        items = [_solve("resolve", r, day) for r in due[:count]]
        solved = [r for r in ordered if r.status == "solved" and not _is_due(r, day)]
        for r in solved:
            if len(items) >= count:
                break
            if _can_port(metas.get(r.slug)):
                items.append(_solve("port", r, day, lang="cpp"))
        taken = {i.problem for i in items}
        for r in ordered:  # nothing to re-solve or port yet: the week's next problem
            if len(items) >= count:
                break
            if r.slug not in taken and r.status != "solved":
                items.append(_solve("next", r, day))
        return items
    if slot.kind == "cards":
        return [TodayItem("cards", "cards day: the review, then any extra decks", None)]
    if slot.kind == "set":
        minutes = slot.minutes or plan.targets.set_minutes
        return [
            TodayItem(
                "set",
                f"a timed set of {count} from week {week.week} ({week.title}), {minutes} min",
                f"drill set --week {week.week} --count {count} --minutes {minutes}",
                minutes=minutes,
            )
        ]
    minutes = slot.minutes or plan.targets.contest_minutes
    return [
        TodayItem(
            "contest",
            f"a contest of {count} of rising difficulty, {minutes} min",
            "drill contest",
            minutes=minutes,
        ),
        TodayItem(
            "retro", "the contest's retro, one line in the learning log", 'drill log add "..."'
        ),
    ]


def _week_note(plan: Plan, start: date, day: date, number: int, week: PlanWeek) -> str | None:
    if number < 1:
        return f"the plan starts on {start.isoformat()}; until then, week {week.week} ahead"
    if number < plan.first_week:
        return (
            f"week {number} comes before the plan's problem block (weeks {plan.first_week}-"
            f"{plan.last_week}): week {week.week}'s problems ahead"
        )
    if number > plan.last_week:
        return (
            f"week {number} is past the plan's problem block (weeks {plan.first_week}-"
            f"{plan.last_week}): keep going with week {week.week}"
        )
    return None


def today_plan(
    store: Store,
    settings: Settings,
    instant: datetime,
    metas: Sequence[ProblemMeta],
    *,
    sync: bool = True,
) -> TodayPlan:
    """Today's work: the due reviews, then the problems of today's slot in the weekly rhythm
    from the current plan week's patterns, each with the command that starts it.

    Without `[plan] start` it proposes the review and the problems due to be re-solved.
    `sync=False` writes nothing (the bank's new problems are not added to the store)."""
    day = today(settings, instant)
    due = due_counts(store, settings, instant, Scope())
    rows = list_problems(store, settings, instant, metas, sync=sync)
    start = settings.plan.start
    monday = day - timedelta(days=day.weekday())
    tz, hour = settings.timezone, settings.review.rollover_hour
    solved = pq.solved_between(
        store, day_start(monday, tz, hour), day_start(monday + timedelta(days=7), tz, hour)
    )
    if start is None:
        items = [_review_item(due)]
        items += [_solve("resolve", r, day) for r in _due_resolves(rows, day)]
        if len(items) == 1:
            items.append(TodayItem("resolve", "no problems due to re-solve", None))
        return TodayPlan(
            day,
            None,
            None,
            None,
            None,
            due,
            tuple(items),
            None,
            "no plan followed: set `[plan] start = YYYY-MM-DD` in config.toml (week 1's Monday)",
            solved,
            None,
        )
    plan = load_plan(settings, metas)
    number = plan_week_number(start, day)
    week = plan.week(number)
    slot = plan.slot(day)
    mine = next(m for w, m in plan_weeks(rows, plan) if w.week == week.week)
    by_slug = {m.slug: m for m in metas}
    items = [_review_item(due), *_slot_items(plan, slot, week, rows, mine, by_slug, day)]
    if not any(item.kind == "retro" for item in items):
        items.append(
            TodayItem(
                "reflect",
                f"{plan.routine.reflection} min: one line on what you learnt",
                'drill log add "..."',
            )
        )
    return TodayPlan(
        day,
        start,
        number,
        week,
        slot,
        due,
        tuple(items),
        plan.routine,
        _week_note(plan, start, day, number, week),
        solved,
        plan.targets.weekly_solves,
    )
