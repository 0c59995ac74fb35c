"""The study plan file (plan.toml) as frozen values: weeks, the weekly rhythm, routine, targets."""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, cast

from drill.core.problems import CATEGORIES, DIFFICULTIES
from drill.errors import DrillError

WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

SlotKind = Literal["study", "guided", "unguided", "resolve", "cards", "set", "contest"]
SLOT_KINDS: tuple[str, ...] = ("study", "guided", "unguided", "resolve", "cards", "set", "contest")


class PlanError(DrillError):
    """A plan file drill cannot follow: `plan.toml:12: week 7: unknown pattern 'stak'`."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        self.source, self.line, self.message = source, line, message
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class PlanWeek:
    """One week of the 16-week plan's problem block (weeks 5-12): its patterns, what to solve."""

    week: int
    title: str
    categories: tuple[str, ...]
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slot:
    """One weekday of the weekly rhythm: what kind of work, how many problems, how long."""

    day: str  # monday..sunday
    kind: SlotKind
    title: str
    problems: int = 0
    minutes: int | None = None
    difficulty: str | None = None


@dataclass(frozen=True)
class Routine:
    """The minutes of one study day: review, coding, reflection into the learning log."""

    review: int = 10
    coding: int = 50
    reflection: int = 10


@dataclass(frozen=True)
class Targets:
    weekly_solves: int = 12
    unguided_minutes: int = 30
    set_minutes: int = 90
    contest_minutes: int = 90


@dataclass(frozen=True)
class Plan:
    weeks: tuple[PlanWeek, ...]
    rhythm: tuple[Slot, ...]  # Monday first, one per weekday
    routine: Routine
    targets: Targets

    @property
    def first_week(self) -> int:
        return self.weeks[0].week

    @property
    def last_week(self) -> int:
        return self.weeks[-1].week

    def slot(self, day: date) -> Slot:
        return self.rhythm[day.weekday()]

    def week(self, number: int) -> PlanWeek:
        """The plan's week `number`, or the nearest one the plan has (weeks 1-4 come before
        the problem block: its first week; weeks after it: its last)."""
        return min(self.weeks, key=lambda w: (abs(w.week - number), w.week))


def plan_week_number(start: date, day: date) -> int:
    """Week 1 starts on `start`; the day before it is in week 0."""
    return (day - start).days // 7 + 1


def _line_of(text: str, pattern: str, after: int = 0) -> int | None:
    """The 1-based line where `pattern` (a regex) first matches at or after line `after`."""
    lines = text.splitlines()
    rx = re.compile(pattern)
    for number in range(max(after, 1), len(lines) + 1):
        if rx.search(lines[number - 1]):
            return number
    return None


def _suggest(word: str, known: Collection[str]) -> str:
    close = difflib.get_close_matches(word, sorted(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


class _Reader:
    """Typed access to the parsed TOML with errors that name the file and the line."""

    def __init__(self, text: str, source: str) -> None:
        self.text, self.source = text, source

    def fail(self, message: str, line: int | None = None) -> PlanError:
        return PlanError(self.source, line, message)

    def table(self, data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(f"{where}`{key}` must be a table")
        return cast(dict[str, Any], value)

    def integer(
        self, data: Mapping[str, Any], key: str, where: str, lo: int, hi: int, line: int | None
    ) -> int | None:
        """The value of `key` when it is there (None when not), range-checked."""
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
            raise self.fail(
                f"{where}`{key}` = {value!r} is not allowed: use a whole number from {lo} to {hi}",
                _line_of(self.text, rf"^\s*{key}\s*=", line or 0) or line,
            )
        return value

    def text_value(
        self, data: Mapping[str, Any], key: str, where: str, line: int | None, default: str = ""
    ) -> str:
        value = data.get(key, default)
        if not isinstance(value, str) or (not value.strip() and not default):
            raise self.fail(f"{where}`{key}` must be a non-empty string", line)
        return value.strip()

    def names(self, data: Mapping[str, Any], key: str, where: str, line: int | None) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f'{where}`{key}` must be a list of names, e.g. ["stack"]', line)
        return [v.strip() for v in value]


def _routine(r: _Reader, data: Mapping[str, Any]) -> Routine:
    table = r.table(data, "routine", "")
    line = _line_of(r.text, r"^\s*\[routine\]")
    given = {
        key: value
        for key in ("review", "coding", "reflection")
        if (value := r.integer(table, key, "routine: ", 0, 600, line)) is not None
    }
    return Routine(**given)


def _targets(r: _Reader, data: Mapping[str, Any]) -> Targets:
    table = r.table(data, "targets", "")
    line = _line_of(r.text, r"^\s*\[targets\]")
    limits = {"weekly_solves": 1000, "unguided_minutes": 600, "set_minutes": 600}
    limits["contest_minutes"] = 600
    for key in table:
        if key not in limits:
            raise r.fail(
                f"targets: unknown key {key!r}{_suggest(key, limits)}",
                _line_of(r.text, rf"^\s*{re.escape(key)}\s*=", line or 0),
            )
    given = {
        key: value
        for key, hi in limits.items()
        if (value := r.integer(table, key, "targets: ", 1, hi, line)) is not None
    }
    return Targets(**given)


def _rhythm(r: _Reader, data: Mapping[str, Any]) -> tuple[Slot, ...]:
    table = r.table(data, "rhythm", "")
    for day in table:
        if day not in WEEKDAYS:
            raise r.fail(
                f"rhythm: unknown day {day!r}; use monday..sunday{_suggest(day, WEEKDAYS)}",
                _line_of(r.text, rf"^\s*\[rhythm\.{re.escape(day)}\]"),
            )
    slots = []
    for day in WEEKDAYS:
        line = _line_of(r.text, rf"^\s*\[rhythm\.{day}\]")
        if day not in table:
            raise r.fail(f"rhythm: {day} is missing; add a [rhythm.{day}] table")
        raw = table[day]
        if not isinstance(raw, dict):
            raise r.fail(f"rhythm: {day} must be a table", line)
        where = f"rhythm.{day}: "
        kind = raw.get("kind")
        if kind not in SLOT_KINDS:
            raise r.fail(
                f"{where}unknown kind {kind!r}; use one of: {', '.join(SLOT_KINDS)}"
                + (_suggest(kind, SLOT_KINDS) if isinstance(kind, str) else ""),
                _line_of(r.text, r"^\s*kind\s*=", line or 0) or line,
            )
        difficulty = raw.get("difficulty")
        if difficulty is not None and difficulty not in DIFFICULTIES:
            raise r.fail(
                f"{where}difficulty {difficulty!r} is not one of: {', '.join(DIFFICULTIES)}",
                _line_of(r.text, r"^\s*difficulty\s*=", line or 0) or line,
            )
        slots.append(
            Slot(
                day=day,
                kind=cast(SlotKind, kind),
                title=r.text_value(raw, "title", where, line, default=str(kind)),
                problems=r.integer(raw, "problems", where, 0, 20, line) or 0,
                minutes=r.integer(raw, "minutes", where, 1, 600, line),
                difficulty=difficulty,
            )
        )
    return tuple(slots)


def _weeks(
    r: _Reader, data: Mapping[str, Any], known_patterns: Collection[str] | None
) -> tuple[PlanWeek, ...]:
    raw_weeks = data.get("weeks")
    if not isinstance(raw_weeks, list) or not raw_weeks:
        raise r.fail("the plan has no weeks; add [[weeks]] tables (week, title, categories)")
    weeks: list[PlanWeek] = []
    search_from = 0
    for raw in raw_weeks:
        line = _line_of(r.text, r"^\s*\[\[weeks\]\]", search_from + 1)
        search_from = line or search_from
        if not isinstance(raw, dict):
            raise r.fail("each [[weeks]] entry must be a table", line)
        number = raw.get("week")
        if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= 52:
            raise r.fail(
                f"`week` = {number!r} is not allowed: use a whole number from 1 to 52", line
            )
        where = f"week {number}: "
        if weeks and number <= weeks[-1].week:
            raise r.fail(
                f"{where}weeks must be in order, each once (after week {weeks[-1].week})", line
            )
        title = r.text_value(raw, "title", where, line)
        categories = r.names(raw, "categories", where, line)
        patterns = r.names(raw, "patterns", where, line)
        for category in categories:
            if category not in CATEGORIES:
                raise r.fail(
                    f"{where}unknown category {category!r}{_suggest(category, CATEGORIES)}",
                    _line_of(r.text, re.escape(f'"{category}"'), line or 0) or line,
                )
        for pattern in patterns:
            if known_patterns is not None and pattern not in known_patterns:
                raise r.fail(
                    f"{where}unknown pattern {pattern!r}{_suggest(pattern, known_patterns)}",
                    _line_of(r.text, re.escape(f'"{pattern}"'), line or 0) or line,
                )
        if not categories and not patterns:
            raise r.fail(f"{where}name at least one category or pattern", line)
        weeks.append(PlanWeek(number, title, tuple(categories), tuple(patterns)))
    return tuple(weeks)


def parse_plan(
    text: str, source: str = "plan.toml", known_patterns: Collection[str] | None = None
) -> Plan:
    """The plan file's text as a Plan; a mistake raises PlanError naming `source:line`.

    `known_patterns` are the pattern tags of the problem bank (None: any tag is taken);
    categories are checked against drill's own."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        found = re.search(r"\(at line (\d+), column (\d+)\)", message)
        if found:
            reason = message[: found.start()].strip()
            raise PlanError(
                source, int(found.group(1)), f"{reason} (column {found.group(2)})"
            ) from None
        raise PlanError(source, None, message) from None
    r = _Reader(text, source)
    for key in data:
        if key not in ("weeks", "rhythm", "routine", "targets"):
            known = ("weeks", "rhythm", "routine", "targets")
            raise r.fail(
                f"unknown table {key!r}{_suggest(key, known)}",
                _line_of(text, rf"^\s*\[*{re.escape(key)}\b"),
            )
    tags = None if known_patterns is None else frozenset(known_patterns) | set(CATEGORIES)
    return Plan(
        weeks=_weeks(r, data, tags),
        rhythm=_rhythm(r, data),
        routine=_routine(r, data),
        targets=_targets(r, data),
    )
