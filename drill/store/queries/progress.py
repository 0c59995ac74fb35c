"""The SQL behind progress figures (stats, goals, the weekly recap): grouped counts out, as
plain dataclasses; no row-by-row loop over the review log leaves the database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    select,
    union_all,
)

from drill.store.db import Store
from drill.store.models import Attempt, Card, Deck, Oops, Problem, Recap, ReviewLog
from drill.store.queries.cards import MATURE_DAYS

PASS_QUALITY = 3
"""Hard (SM-2 quality 3) and better pass, as in Anki's true retention: only Again fails."""


@dataclass(frozen=True)
class DayCount:
    day: date
    reviews: int
    ms: int


@dataclass(frozen=True)
class RetentionGroup:
    """Review answers of one deck and one tag set, split young / mature and pass / fail."""

    deck: str
    tags: str
    young_passed: int
    young_total: int
    mature_passed: int
    mature_total: int


@dataclass(frozen=True)
class CardCounts:
    new: int
    young: int
    mature: int
    suspended: int


@dataclass(frozen=True)
class SolvedCount:
    difficulty: str
    solved: int
    problems: int


@dataclass(frozen=True)
class PatternRow:
    pattern: str
    attempts: int
    """Finished attempts (accepted or given up) on problems with this pattern."""
    first_try: int
    """Of those, accepted on the first judged run."""
    solves: int
    median_minutes: float | None
    median_target: float | None


@dataclass(frozen=True)
class WeekMedian:
    label: str
    solves: int
    median_minutes: float | None
    median_target: float | None


@dataclass(frozen=True)
class OopsKind:
    category: str
    open: int
    resolved: int


@dataclass(frozen=True)
class BiggestOops:
    id: int
    category: str
    text: str
    problem: str | None
    times: int
    """How often this mistake was recorded (same problem, verdict and kind), ever."""
    minutes: float | None
    """The duration of the attempt it happened in."""


@dataclass(frozen=True)
class RecapAnswers:
    week: str
    win: str | None
    notebook: bool | None
    mock: bool | None
    percentile: float | None


def _n(cond: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def _deck_cards(deck: str | None) -> list[ColumnElement[bool]]:
    if deck is None:
        return []
    return [Card.deck_id.in_(select(Deck.id).where(Deck.name == deck))]


def _deck_log(deck: str | None) -> list[ColumnElement[bool]]:
    if deck is None:
        return []
    return [ReviewLog.card_id.in_(select(Card.id).where(*_deck_cards(deck)))]


# ---------------------------------------------------------------- reviews


def review_days(store: Store, first: date, last: date, deck: str | None = None) -> list[DayCount]:
    """Answers and answering time on every study day with an answer between two days."""
    query = (
        select(ReviewLog.study_day, func.count(), func.coalesce(func.sum(ReviewLog.answer_ms), 0))
        .where(ReviewLog.study_day >= first, ReviewLog.study_day <= last, *_deck_log(deck))
        .group_by(ReviewLog.study_day)
        .order_by(ReviewLog.study_day)
    )
    with store.read() as s:
        return [DayCount(d, int(n), int(ms)) for d, n, ms in s.execute(query)]


def day_counts(store: Store, first: date, last: date, deck: str | None = None) -> dict[date, int]:
    """Answers on each study day between two days (the heatmap): a count only, so the
    database reads the covering index and never sums a column."""
    query = (
        select(ReviewLog.study_day, func.count())
        .where(ReviewLog.study_day >= first, ReviewLog.study_day <= last, *_deck_log(deck))
        .group_by(ReviewLog.study_day)
    )
    with store.read() as s:
        return {d: int(n) for d, n in s.execute(query)}


def study_days(store: Store, last: date, deck: str | None = None) -> set[date]:
    """Every study day with an answer up to `last`, for streaks (an index skip-scan)."""
    query = (
        select(ReviewLog.study_day).distinct().where(ReviewLog.study_day <= last, *_deck_log(deck))
    )
    with store.read() as s:
        return set(s.scalars(query))


def retention_groups(
    store: Store, first: date, last: date, deck: str | None = None
) -> list[RetentionGroup]:
    """Due-review answers between two study days, by deck and tag set (new cards and same-day
    repeats left out, as Anki's true retention leaves out learning steps)."""
    mature = ReviewLog.interval_before >= MATURE_DAYS
    passed = ReviewLog.quality >= PASS_QUALITY
    inner = (
        select(
            ReviewLog.card_id.label("card_id"),
            _n(and_(~mature, passed)).label("yp"),
            _n(~mature).label("yt"),
            _n(and_(mature, passed)).label("mp"),
            _n(mature).label("mt"),
        )
        .where(
            ReviewLog.kind == "review",
            ReviewLog.study_day >= first,
            ReviewLog.study_day <= last,
            *_deck_log(deck),
        )
        .group_by(ReviewLog.card_id)
        .subquery()
    )
    query = (
        select(
            Deck.name,
            Card.tags,
            func.sum(inner.c.yp),
            func.sum(inner.c.yt),
            func.sum(inner.c.mp),
            func.sum(inner.c.mt),
        )
        .select_from(inner)
        .join(Card, Card.id == inner.c.card_id)
        .join(Deck, Deck.id == Card.deck_id)
        .group_by(Deck.name, Card.tags)
        .order_by(Deck.name, Card.tags)
    )
    with store.read() as s:
        return [
            RetentionGroup(name, tags or "", int(a), int(b), int(c), int(d))
            for name, tags, a, b, c, d in s.execute(query)
        ]


def reviews_between(store: Store, first: date, last: date, deck: str | None = None) -> int:
    with store.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(ReviewLog)
                .where(ReviewLog.study_day >= first, ReviewLog.study_day <= last, *_deck_log(deck))
            )
            or 0
        )


def card_counts(store: Store, deck: str | None = None) -> CardCounts:
    """Cards still in their files: new, young (interval under 21 days), mature, suspended."""
    live = Card.suspended.is_(False)
    query = select(
        _n(and_(live, Card.due.is_(None))),
        _n(and_(live, Card.due.is_not(None), Card.interval < MATURE_DAYS)),
        _n(and_(live, Card.due.is_not(None), Card.interval >= MATURE_DAYS)),
        _n(Card.suspended.is_(True)),
    ).where(Card.removed.is_(False), *_deck_cards(deck))
    with store.read() as s:
        row = s.execute(query).one()
    return CardCounts(*(int(v) for v in row))


def due_by_day(store: Store, last: date, deck: str | None = None) -> dict[date, int]:
    """Active cards falling due on each day up to `last` (overdue days included)."""
    query = (
        select(Card.due, func.count())
        .where(
            Card.removed.is_(False),
            Card.suspended.is_(False),
            Card.due.is_not(None),
            Card.due <= last,
            *_deck_cards(deck),
        )
        .group_by(Card.due)
    )
    with store.read() as s:
        return {d: int(n) for d, n in s.execute(query) if d is not None}


# ---------------------------------------------------------------- practice


def _median(key: Any, value: Any, where: Sequence[ColumnElement[bool]], joins: Any) -> Select[Any]:
    """(key, median of value, rows) per key, by window functions (SQLite and PostgreSQL)."""
    ranked = (
        select(
            key.label("k"),
            value.label("v"),
            func.row_number().over(partition_by=key, order_by=value).label("rn"),
            func.count().over(partition_by=key).label("n"),
        )
        .select_from(joins)
        .where(*where)
        .subquery()
    )
    return (
        select(ranked.c.k, func.avg(ranked.c.v), func.max(ranked.c.n))
        .where(
            ranked.c.rn >= (ranked.c.n + 1) // 2,
            ranked.c.rn <= (ranked.c.n + 2) // 2,
        )
        .group_by(ranked.c.k)
    )


def _pattern_table(s: Any) -> Any:
    """(pid, pattern): each problem with each of its patterns, or None when no problem has one.

    The few distinct pattern names become an inline table (a UNION of literals: SQLite has no
    VALUES with column names), matched to problems' space-separated lists in the database."""
    names = sorted(
        {p for (patterns,) in s.execute(select(Problem.patterns)) for p in (patterns or "").split()}
    )
    if not names:
        return None
    rows = [
        select(
            literal(name, String).label("pattern"),
            literal(_like_escape(name), String).label("needle"),
        )
        for name in names
    ]
    names_table = (union_all(*rows) if len(rows) > 1 else rows[0]).subquery("pattern_names")
    padded = " " + Problem.patterns + " "
    return (
        select(Problem.id.label("pid"), names_table.c.pattern)
        .join(names_table, padded.like("% " + names_table.c.needle + " %", escape="\\"))
        .subquery("pp")
    )


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _accepted(since: datetime | None, until: datetime | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [
        Attempt.outcome == "accepted",
        Attempt.duration_s.is_not(None),
    ]
    if since is not None:
        where.append(Attempt.ended_at >= since)
    if until is not None:
        where.append(Attempt.ended_at < until)
    return where


def solved_by_difficulty(store: Store) -> list[SolvedCount]:
    """Problems accepted at least once, and problems in the bank, by difficulty."""
    solved = select(Attempt.problem_id).where(Attempt.outcome == "accepted").distinct().subquery()
    query = (
        select(Problem.difficulty, func.count(solved.c.problem_id), func.count(Problem.id))
        .select_from(Problem)
        .join(solved, solved.c.problem_id == Problem.id, isouter=True)
        .group_by(Problem.difficulty)
        .order_by(Problem.difficulty)
    )
    with store.read() as s:
        return [SolvedCount(d, int(a), int(b)) for d, a, b in s.execute(query)]


def attempts_per_solve(store: Store) -> tuple[int, int]:
    """(finished attempts up to and including each problem's first accepted one, problems
    solved): their ratio is how many tries a solve takes."""
    first = (
        select(Attempt.problem_id.label("pid"), func.min(Attempt.id).label("first_id"))
        .where(Attempt.outcome == "accepted")
        .group_by(Attempt.problem_id)
        .subquery()
    )
    query = (
        select(func.count(), func.count(func.distinct(first.c.pid)))
        .select_from(Attempt)
        .join(first, and_(first.c.pid == Attempt.problem_id, Attempt.id <= first.c.first_id))
        .where(Attempt.outcome != "open")
    )
    with store.read() as s:
        tries, solved = s.execute(query).one()
    return int(tries), int(solved)


def median_solve(
    store: Store, since: datetime | None = None, until: datetime | None = None
) -> tuple[int, float | None, float | None]:
    """(accepted attempts, median minutes, median target minutes) between two instants."""
    joins = Attempt.__table__.join(Problem.__table__, Problem.id == Attempt.problem_id)
    where = _accepted(since, until)
    one = func.coalesce(Attempt.problem_id * 0, 0)  # a single group
    with store.read() as s:
        spent = s.execute(_median(one, Attempt.duration_s / 60.0, where, joins)).first()
        target = s.execute(_median(one, Problem.target_minutes * 1.0, where, joins)).first()
    if spent is None:
        return 0, None, None
    return int(spent[2]), float(spent[1]), float(target[1]) if target else None


def week_medians(store: Store, weeks: Sequence[tuple[str, datetime, datetime]]) -> list[WeekMedian]:
    """Median solve minutes (and target) of the attempts accepted in each week."""
    if not weeks:
        return []
    label = case(
        *((and_(Attempt.ended_at >= a, Attempt.ended_at < b), name) for name, a, b in weeks),
        else_=None,
    )
    joins = Attempt.__table__.join(Problem.__table__, Problem.id == Attempt.problem_id)
    where = [*_accepted(weeks[0][1], weeks[-1][2])]
    with store.read() as s:
        spent = {
            k: (v, n)
            for k, v, n in s.execute(_median(label, Attempt.duration_s / 60.0, where, joins))
        }
        target = {
            k: v
            for k, v, _ in s.execute(_median(label, Problem.target_minutes * 1.0, where, joins))
        }
    out = []
    for name, _, _ in weeks:
        if name in spent:
            value, n = spent[name]
            out.append(WeekMedian(name, int(n), float(value), float(target[name])))
        else:
            out.append(WeekMedian(name, 0, None, None))
    return out


def pattern_rows(store: Store) -> list[PatternRow]:
    """Per pattern: finished attempts, first-try accepts, solves, median solve minutes."""
    with store.read() as s:
        pp = _pattern_table(s)
        if pp is None:
            return []
        counts = s.execute(
            select(
                pp.c.pattern,
                func.count(Attempt.id),
                _n(and_(Attempt.outcome == "accepted", Attempt.failed_runs == 0)),
                _n(Attempt.outcome == "accepted"),
            )
            .select_from(pp)
            .join(Attempt, Attempt.problem_id == pp.c.pid)
            .where(Attempt.outcome != "open")
            .group_by(pp.c.pattern)
        ).all()
        joins = pp.join(Attempt.__table__, Attempt.problem_id == pp.c.pid).join(
            Problem.__table__, Problem.id == Attempt.problem_id
        )
        where = _accepted(None, None)
        spent = {
            k: v
            for k, v, _ in s.execute(_median(pp.c.pattern, Attempt.duration_s / 60.0, where, joins))
        }
        target = {
            k: v
            for k, v, _ in s.execute(
                _median(pp.c.pattern, Problem.target_minutes * 1.0, where, joins)
            )
        }
    return [
        PatternRow(
            pattern,
            int(n),
            int(first),
            int(solves),
            float(spent[pattern]) if pattern in spent else None,
            float(target[pattern]) if pattern in target else None,
        )
        for pattern, n, first, solves in sorted(counts)
    ]


DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


def next_problem(store: Store, pattern: str, day: date) -> str | None:
    """The problem to practise next in a pattern: one never solved (easiest first), else the
    one due soonest."""
    solved = select(Attempt.problem_id).where(Attempt.outcome == "accepted")
    rank = case(*((Problem.difficulty == name, n) for name, n in DIFFICULTY_ORDER.items()), else_=3)
    has = (" " + Problem.patterns + " ").contains(f" {pattern} ")
    with store.read() as s:
        slug = s.scalar(
            select(Problem.slug)
            .where(has, Problem.id.not_in(solved))
            .order_by(rank, Problem.slug)
            .limit(1)
        )
        if slug is None:
            slug = s.scalar(
                select(Problem.slug)
                .where(has)
                .order_by(Problem.due.is_(None), Problem.due, rank, Problem.slug)
                .limit(1)
            )
    return slug


def oops_by_kind(store: Store) -> list[OopsKind]:
    query = (
        select(Oops.category, _n(Oops.resolved_at.is_(None)), _n(Oops.resolved_at.is_not(None)))
        .group_by(Oops.category)
        .order_by(Oops.category)
    )
    with store.read() as s:
        return [OopsKind(c, int(o), int(r)) for c, o, r in s.execute(query)]


# ---------------------------------------------------------------- the weekly recap


def solved_between(store: Store, since: datetime, until: datetime) -> int:
    """Distinct problems with an attempt accepted between two instants."""
    with store.read() as s:
        return int(
            s.scalar(
                select(func.count(func.distinct(Attempt.problem_id))).where(
                    Attempt.outcome == "accepted",
                    Attempt.ended_at >= since,
                    Attempt.ended_at < until,
                )
            )
            or 0
        )


def top_pattern(store: Store, since: datetime, until: datetime) -> tuple[str, int] | None:
    """The pattern with most attempts started between two instants (ties: by name)."""
    with store.read() as s:
        pp = _pattern_table(s)
        if pp is None:
            return None
        row = s.execute(
            select(pp.c.pattern, func.count(Attempt.id).label("n"))
            .select_from(pp)
            .join(Attempt, Attempt.problem_id == pp.c.pid)
            .where(Attempt.started_at >= since, Attempt.started_at < until)
            .group_by(pp.c.pattern)
            .order_by(func.count(Attempt.id).desc(), pp.c.pattern)
            .limit(1)
        ).first()
    return (str(row[0]), int(row[1])) if row else None


def biggest_oops(store: Store, since: datetime, until: datetime) -> BiggestOops | None:
    """The Oops entry of the week that recurred most, then cost the most time."""
    same = (
        select(Oops.fingerprint.label("fp"), func.count().label("times"))
        .where(Oops.fingerprint.is_not(None))
        .group_by(Oops.fingerprint)
        .subquery()
    )
    times = func.coalesce(same.c.times, 1)
    query = (
        select(Oops.id, Oops.category, Oops.text, Problem.slug, times, Attempt.duration_s)
        .select_from(Oops)
        .join(same, same.c.fp == Oops.fingerprint, isouter=True)
        .join(Attempt, Attempt.id == Oops.attempt_id, isouter=True)
        .join(Problem, Problem.id == Oops.problem_id, isouter=True)
        .where(Oops.created_at >= since, Oops.created_at < until)
        .order_by(times.desc(), func.coalesce(Attempt.duration_s, 0).desc(), Oops.id)
        .limit(1)
    )
    with store.read() as s:
        row = s.execute(query).first()
    if row is None:
        return None
    oid, category, text, slug, n, seconds = row
    return BiggestOops(
        oid, category, text, slug, int(n), None if seconds is None else float(seconds) / 60
    )


def recap_answers(store: Store, week: str) -> RecapAnswers | None:
    with store.read() as s:
        row = s.get(Recap, week)
        if row is None:
            return None
        return RecapAnswers(row.week, row.win, row.notebook, row.mock, row.percentile)


def save_recap_answers(store: Store, answers: RecapAnswers, instant: datetime) -> None:
    with store.session() as s:
        row = s.get(Recap, answers.week)
        if row is None:
            row = Recap(week=answers.week)
            s.add(row)
        row.win = answers.win
        row.notebook = answers.notebook
        row.mock = answers.mock
        row.percentile = answers.percentile
        row.answered_at = instant
