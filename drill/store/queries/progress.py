"""The SQL behind progress figures (stats, goals, the weekly recap): grouped counts out, as
plain dataclasses; no row-by-row loop over the review log leaves the database.

Written as plain SQL through `Store.sql`, as the deck sync is (queries/decks.py): on SQLite a
`drill stats` process then runs on the standard library's sqlite3 alone and never pays for
importing SQLAlchemy's ORM; the same statements run on PostgreSQL through SQLAlchemy's
connection. The columns and stored forms are the models' (drill.store.models)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from drill.core.progress import MATURE_DAYS
from drill.store.db import Sql, Store, as_day

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
class ContestScore:
    started: datetime
    score: int
    possible: int


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


def _n(cond: str) -> str:
    """How many rows of the group meet `cond` (0 for an empty group)."""
    return f"coalesce(sum(CASE WHEN {cond} THEN 1 ELSE 0 END), 0)"


def _deck_cards(deck: str | None, params: dict[str, Any]) -> str:
    """` AND deck_id IN (the deck)` for cards of one deck; nothing for every deck."""
    if deck is None:
        return ""
    params["deck"] = deck
    return " AND deck_id IN (SELECT id FROM decks WHERE name = :deck)"


def _deck_log(deck: str | None, params: dict[str, Any]) -> str:
    """` AND card_id IN (the deck's cards)` for answers of one deck; nothing for every deck."""
    if deck is None:
        return ""
    params["deck"] = deck
    return (
        " AND card_id IN (SELECT id FROM cards WHERE deck_id IN "
        "(SELECT id FROM decks WHERE name = :deck))"
    )


def deck_names(store: Store) -> set[str]:
    """The names of the decks in the store (cheap: no card is read)."""
    with store.sql(write=False) as c:
        return {name for (name,) in c.rows("SELECT name FROM decks")}


# ---------------------------------------------------------------- reviews


def _days(c: Sql, first: date | None, last: date, deck: str | None) -> tuple[str, dict[str, Any]]:
    """The WHERE of answers given between two study days (from the first ever without one)."""
    params: dict[str, Any] = {"last": c.day(last)}
    where = "study_day <= :last"
    if first is not None:
        params["first"] = c.day(first)
        where = "study_day >= :first AND " + where
    return where + _deck_log(deck, params), params


def review_days(store: Store, first: date, last: date, deck: str | None = None) -> list[DayCount]:
    """Answers and answering time on every study day with an answer between two days."""
    with store.sql(write=False) as c:
        where, params = _days(c, first, last, deck)
        rows = c.rows(
            "SELECT study_day, count(*), coalesce(sum(answer_ms), 0) FROM review_log "
            f"WHERE {where} GROUP BY study_day ORDER BY study_day",
            params,
        )
    return [DayCount(as_day(d), int(n), int(ms)) for d, n, ms in rows]


def day_counts(store: Store, first: date, last: date, deck: str | None = None) -> dict[date, int]:
    """Answers on each study day between two days (the heatmap): a count only, so the
    database reads the covering index and never sums a column."""
    with store.sql(write=False) as c:
        where, params = _days(c, first, last, deck)
        rows = c.rows(
            f"SELECT study_day, count(*) FROM review_log WHERE {where} GROUP BY study_day", params
        )
    return {as_day(d): int(n) for d, n in rows}


def study_days(store: Store, last: date, deck: str | None = None) -> set[date]:
    """Every study day with an answer up to `last`, for streaks (an index skip-scan)."""
    with store.sql(write=False) as c:
        where, params = _days(c, None, last, deck)
        rows = c.rows(f"SELECT DISTINCT study_day FROM review_log WHERE {where}", params)
    return {as_day(d) for (d,) in rows}


YOUNG = f"interval_before < {MATURE_DAYS}"
MATURE = f"interval_before >= {MATURE_DAYS}"
PASSED = f"quality >= {PASS_QUALITY}"


def retention_groups(
    store: Store, first: date, last: date, deck: str | None = None
) -> list[RetentionGroup]:
    """Due-review answers between two study days, by deck and tag set (new cards and same-day
    repeats left out, as Anki's true retention leaves out learning steps)."""
    with store.sql(write=False) as c:
        where, params = _days(c, first, last, deck)
        rows = c.rows(
            "SELECT d.name, c.tags, sum(i.yp), sum(i.yt), sum(i.mp), sum(i.mt) FROM ("
            f"SELECT card_id, {_n(f'{YOUNG} AND {PASSED}')} AS yp, {_n(YOUNG)} AS yt, "
            f"{_n(f'{MATURE} AND {PASSED}')} AS mp, {_n(MATURE)} AS mt "
            f"FROM review_log WHERE kind = 'review' AND {where} GROUP BY card_id"
            ") AS i JOIN cards c ON c.id = i.card_id JOIN decks d ON d.id = c.deck_id "
            "GROUP BY d.name, c.tags ORDER BY d.name, c.tags",
            params,
        )
    return [
        RetentionGroup(name, tags or "", int(a), int(b), int(c), int(d))
        for name, tags, a, b, c, d in rows
    ]


def reviews_between(store: Store, first: date, last: date, deck: str | None = None) -> int:
    with store.sql(write=False) as c:
        where, params = _days(c, first, last, deck)
        row = c.one(f"SELECT count(*) FROM review_log WHERE {where}", params)
    return int(row[0]) if row else 0


def card_counts(store: Store, deck: str | None = None) -> CardCounts:
    """Cards still in their files: new, young (interval under 21 days), mature, suspended."""
    seen = "suspended = FALSE AND due IS NOT NULL"  # "interval": a keyword of PostgreSQL's
    counts = (
        "suspended = FALSE AND due IS NULL",
        f'{seen} AND "interval" < {MATURE_DAYS}',
        f'{seen} AND "interval" >= {MATURE_DAYS}',
        "suspended = TRUE",
    )
    params: dict[str, Any] = {}
    with store.sql(write=False) as c:
        row = c.one(
            f"SELECT {', '.join(_n(cond) for cond in counts)} FROM cards "
            f"WHERE removed = FALSE{_deck_cards(deck, params)}",
            params,
        )
    assert row is not None  # an aggregate always gives a row
    return CardCounts(*(int(v) for v in row))


def due_by_day(store: Store, last: date, deck: str | None = None) -> dict[date, int]:
    """Active cards falling due on each day up to `last` (overdue days included)."""
    with store.sql(write=False) as c:
        params: dict[str, Any] = {"last": c.day(last)}
        rows = c.rows(
            "SELECT due, count(*) FROM cards WHERE removed = FALSE AND suspended = FALSE "
            f"AND due IS NOT NULL AND due <= :last{_deck_cards(deck, params)} GROUP BY due",
            params,
        )
    return {as_day(d): int(n) for d, n in rows if d is not None}


# ---------------------------------------------------------------- practice


ACCEPTED = "a.outcome = 'accepted' AND a.duration_s IS NOT NULL"
SOLVES = "attempts a JOIN problems p ON p.id = a.problem_id"
"""Attempts with their problems (`a`, `p`), for the median queries."""


def _medians(key: str | None, joins: str, where: str) -> str:
    """(key, median minutes, median target minutes, rows) per key (one group when `key` is
    None), by window functions (SQLite and PostgreSQL): the mean of the middle one or two."""
    over = f"PARTITION BY {key}" if key else ""
    spent, target = "a.duration_s / 60.0", "p.target_minutes * 1.0"
    middle = "BETWEEN (n + 1) / 2 AND (n + 2) / 2"
    return (
        f"SELECT k, avg(CASE WHEN rs {middle} THEN spent END), "
        f"avg(CASE WHEN rt {middle} THEN target END), max(n) FROM ("
        f"SELECT {key or '0'} AS k, {spent} AS spent, {target} AS target, "
        f"row_number() OVER ({over} ORDER BY {spent}) AS rs, "
        f"row_number() OVER ({over} ORDER BY {target}) AS rt, "
        f"count(*) OVER ({over}) AS n "
        f"FROM {joins} WHERE {where}) AS ranked GROUP BY k"
    )


def _pattern_table(c: Sql, params: dict[str, Any]) -> str | None:
    """`WITH ..., pp AS (...)`: each problem (pid) with each of its patterns; None when no
    problem has one.

    The few distinct pattern names become an inline table (a UNION of literals: SQLite has no
    VALUES with column names), matched to problems' space-separated lists in the database."""
    lists = c.rows("SELECT patterns FROM problems")
    names = sorted({p for (patterns,) in lists for p in (patterns or "").split()})
    if not names:
        return None
    rows = []
    for i, name in enumerate(names):
        params[f"pat{i}"], params[f"needle{i}"] = name, _like_escape(name)
        rows.append(
            f"SELECT CAST(:pat{i} AS VARCHAR) AS pattern, CAST(:needle{i} AS VARCHAR) AS needle"
        )
    return (
        f"WITH pattern_names AS ({' UNION ALL '.join(rows)}), "
        "pp AS (SELECT problems.id AS pid, pattern_names.pattern FROM problems "
        "JOIN pattern_names ON (' ' || problems.patterns || ' ') "
        "LIKE ('% ' || pattern_names.needle || ' %') ESCAPE '\\') "
    )


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _ended(c: Sql, since: datetime | None, until: datetime | None, params: dict[str, Any]) -> str:
    """` AND` the attempt ended between two instants (either may be open)."""
    where = ""
    if since is not None:
        params["since"] = c.instant(since)
        where += " AND a.ended_at >= :since"
    if until is not None:
        params["until"] = c.instant(until)
        where += " AND a.ended_at < :until"
    return where


def solved_by_difficulty(store: Store) -> list[SolvedCount]:
    """Problems accepted at least once, and problems in the bank, by difficulty."""
    with store.sql(write=False) as c:
        rows = c.rows(
            "SELECT p.difficulty, count(s.problem_id), count(p.id) FROM problems p "
            "LEFT OUTER JOIN (SELECT DISTINCT problem_id FROM attempts "
            "WHERE outcome = 'accepted') AS s ON s.problem_id = p.id "
            "GROUP BY p.difficulty ORDER BY p.difficulty"
        )
    return [SolvedCount(d, int(a), int(b)) for d, a, b in rows]


def attempts_per_solve(store: Store) -> tuple[int, int]:
    """(finished attempts up to and including each problem's first accepted one, problems
    solved): their ratio is how many tries a solve takes."""
    with store.sql(write=False) as c:
        row = c.one(
            "SELECT count(*), count(DISTINCT f.pid) FROM attempts a JOIN ("
            "SELECT problem_id AS pid, min(id) AS first_id FROM attempts "
            "WHERE outcome = 'accepted' GROUP BY problem_id"
            ") AS f ON f.pid = a.problem_id AND a.id <= f.first_id WHERE a.outcome != 'open'"
        )
    assert row is not None  # an aggregate always gives a row
    return int(row[0]), int(row[1])


def median_solve(
    store: Store, since: datetime | None = None, until: datetime | None = None
) -> tuple[int, float | None, float | None]:
    """(accepted attempts, median minutes, median target minutes) between two instants."""
    params: dict[str, Any] = {}
    with store.sql(write=False) as c:
        where = ACCEPTED + _ended(c, since, until, params)
        row = c.one(_medians(None, SOLVES, where), params)
    if row is None:
        return 0, None, None
    _, spent, target, n = row
    return int(n), float(spent), float(target)


def week_medians(store: Store, weeks: Sequence[tuple[str, datetime, datetime]]) -> list[WeekMedian]:
    """Median solve minutes (and target) of the attempts accepted in each week."""
    if not weeks:
        return []
    params: dict[str, Any] = {}
    with store.sql(write=False) as c:
        label = "CASE"
        for i, (name, since, until) in enumerate(weeks):
            params.update({f"w{i}": name, f"s{i}": c.instant(since), f"u{i}": c.instant(until)})
            label += f" WHEN a.ended_at >= :s{i} AND a.ended_at < :u{i} THEN :w{i}"
        label = f"CAST({label} END AS VARCHAR)"
        where = ACCEPTED + _ended(c, weeks[0][1], weeks[-1][2], params)
        rows = c.rows(_medians(label, SOLVES, where), params)
    found = {k: (spent, target, n) for k, spent, target, n in rows}
    out = []
    for name, _, _ in weeks:
        if name in found:
            spent, target, n = found[name]
            out.append(WeekMedian(name, int(n), float(spent), float(target)))
        else:
            out.append(WeekMedian(name, 0, None, None))
    return out


def pattern_rows(store: Store) -> list[PatternRow]:
    """Per pattern: finished attempts, first-try accepts, solves, median solve minutes."""
    first_try = _n("a.outcome = 'accepted' AND a.failed_runs = 0")
    solves = _n("a.outcome = 'accepted'")
    params: dict[str, Any] = {}
    with store.sql(write=False) as c:
        pp = _pattern_table(c, params)
        if pp is None:
            return []
        counts = c.rows(
            f"{pp}SELECT pp.pattern, count(a.id), {first_try}, {solves} FROM pp "
            "JOIN attempts a ON a.problem_id = pp.pid WHERE a.outcome != 'open' "
            "GROUP BY pp.pattern",
            params,
        )
        joins = "pp JOIN attempts a ON a.problem_id = pp.pid JOIN problems p ON p.id = a.problem_id"
        medians = {
            k: (spent, target)
            for k, spent, target, _ in c.rows(pp + _medians("pp.pattern", joins, ACCEPTED), params)
        }
    return [
        PatternRow(
            pattern,
            int(n),
            int(first),
            int(solved),
            float(medians[pattern][0]) if pattern in medians else None,
            float(medians[pattern][1]) if pattern in medians else None,
        )
        for pattern, n, first, solved in sorted(counts)
    ]


DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


def next_problem(store: Store, pattern: str, day: date) -> str | None:
    """The problem to practise next in a pattern: one never solved (easiest first), else the
    one due soonest."""
    rank = (
        "CASE "
        + " ".join(f"WHEN difficulty = '{name}' THEN {n}" for name, n in DIFFICULTY_ORDER.items())
        + " ELSE 3 END"
    )
    has = "(' ' || patterns || ' ') LIKE '%' || :needle || '%'"
    params = {"needle": f" {pattern} "}
    with store.sql(write=False) as c:
        row = c.one(
            f"SELECT slug FROM problems WHERE {has} AND id NOT IN "
            "(SELECT problem_id FROM attempts WHERE outcome = 'accepted') "
            f"ORDER BY {rank}, slug LIMIT 1",
            params,
        )
        if row is None:
            row = c.one(
                f"SELECT slug FROM problems WHERE {has} "
                f"ORDER BY due IS NULL, due, {rank}, slug LIMIT 1",
                params,
            )
    return None if row is None else str(row[0])


def oops_by_kind(store: Store) -> list[OopsKind]:
    with store.sql(write=False) as c:
        rows = c.rows(
            f"SELECT category, {_n('resolved_at IS NULL')}, {_n('resolved_at IS NOT NULL')} "
            "FROM oops GROUP BY category ORDER BY category"
        )
    return [OopsKind(k, int(o), int(r)) for k, o, r in rows]


def contest_scores(store: Store, limit: int = 52) -> list[ContestScore]:
    """The last `limit` finished contests, oldest first: score out of the points possible."""
    with store.sql(write=False) as c:
        rows = c.rows(
            "SELECT t.started_at, t.score, (SELECT sum(p.points) FROM timed_session_problems p "
            "WHERE p.session_id = t.id) FROM timed_sessions t "
            "WHERE t.kind = 'contest' AND t.ended_at IS NOT NULL "
            "ORDER BY t.started_at DESC, t.id DESC LIMIT :limit",
            {"limit": limit},
        )
    out = []
    for started, score, possible in reversed(rows):
        when = started if isinstance(started, datetime) else datetime.fromisoformat(str(started))
        out.append(ContestScore(when, int(score or 0), int(possible or 0)))
    return out


def open_oops(store: Store) -> int:
    """Oops entries not resolved yet (Home's figure)."""
    with store.sql(write=False) as c:
        row = c.one("SELECT count(*) FROM oops WHERE resolved_at IS NULL")
    return int(row[0]) if row else 0


def problems_due(store: Store, day: date) -> int:
    """Problems due to be solved again on or before a study day (Home's figure)."""
    with store.sql(write=False) as c:
        row = c.one(
            "SELECT count(*) FROM problems WHERE due IS NOT NULL AND due <= :day",
            {"day": c.day(day)},
        )
    return int(row[0]) if row else 0


# ---------------------------------------------------------------- the weekly recap


def solved_between(store: Store, since: datetime, until: datetime) -> int:
    """Distinct problems with an attempt accepted between two instants."""
    params: dict[str, Any] = {}
    with store.sql(write=False) as c:
        where = _ended(c, since, until, params)
        row = c.one(
            "SELECT count(DISTINCT a.problem_id) FROM attempts a "
            f"WHERE a.outcome = 'accepted'{where}",
            params,
        )
    return int(row[0]) if row else 0


def timed_sessions_between(store: Store, since: datetime, until: datetime) -> dict[str, int]:
    """Timed sets, mocks and contests that ended between two instants, by kind."""
    with store.sql(write=False) as c:
        rows = c.rows(
            "SELECT kind, count(*) FROM timed_sessions "
            "WHERE ended_at >= :since AND ended_at < :until GROUP BY kind",
            {"since": c.instant(since), "until": c.instant(until)},
        )
    return {str(kind): int(n) for kind, n in rows}


def top_pattern(store: Store, since: datetime, until: datetime) -> tuple[str, int] | None:
    """The pattern with most attempts started between two instants (ties: by name)."""
    params: dict[str, Any] = {}
    with store.sql(write=False) as c:
        pp = _pattern_table(c, params)
        if pp is None:
            return None
        params.update(since=c.instant(since), until=c.instant(until))
        row = c.one(
            f"{pp}SELECT pp.pattern, count(a.id) FROM pp "
            "JOIN attempts a ON a.problem_id = pp.pid "
            "WHERE a.started_at >= :since AND a.started_at < :until "
            "GROUP BY pp.pattern ORDER BY count(a.id) DESC, pp.pattern LIMIT 1",
            params,
        )
    return (str(row[0]), int(row[1])) if row else None


def biggest_oops(store: Store, since: datetime, until: datetime) -> BiggestOops | None:
    """The Oops entry of the week that recurred most, then cost the most time."""
    with store.sql(write=False) as c:
        row = c.one(
            "SELECT o.id, o.category, o.text, p.slug, coalesce(same.times, 1), a.duration_s "
            "FROM oops o LEFT OUTER JOIN (SELECT fingerprint AS fp, count(*) AS times "
            "FROM oops WHERE fingerprint IS NOT NULL GROUP BY fingerprint) AS same "
            "ON same.fp = o.fingerprint "
            "LEFT OUTER JOIN attempts a ON a.id = o.attempt_id "
            "LEFT OUTER JOIN problems p ON p.id = o.problem_id "
            "WHERE o.created_at >= :since AND o.created_at < :until "
            "ORDER BY coalesce(same.times, 1) DESC, coalesce(a.duration_s, 0) DESC, o.id "
            "LIMIT 1",
            {"since": c.instant(since), "until": c.instant(until)},
        )
    if row is None:
        return None
    oid, category, text, slug, n, seconds = row
    return BiggestOops(
        oid, category, text, slug, int(n), None if seconds is None else float(seconds) / 60
    )


def _flag(value: Any) -> bool | None:
    """A nullable Boolean column read back (SQLite gives 0 / 1)."""
    return None if value is None else bool(value)


def recap_answers(store: Store, week: str) -> RecapAnswers | None:
    with store.sql(write=False) as c:
        row = c.one(
            "SELECT week, win, notebook, mock, percentile FROM recaps WHERE week = :week",
            {"week": week},
        )
    if row is None:
        return None
    name, win, notebook, mock, percentile = row
    return RecapAnswers(
        name, win, _flag(notebook), _flag(mock), None if percentile is None else float(percentile)
    )


def save_recap_answers(store: Store, answers: RecapAnswers, instant: datetime) -> None:
    with store.sql() as c:
        c.run(
            "INSERT INTO recaps (week, win, notebook, mock, percentile, answered_at) "
            "VALUES (:week, :win, :notebook, :mock, :percentile, :at) "
            "ON CONFLICT (week) DO UPDATE SET win = excluded.win, notebook = excluded.notebook, "
            "mock = excluded.mock, percentile = excluded.percentile, "
            "answered_at = excluded.answered_at",
            {
                "week": answers.week,
                "win": answers.win,
                "notebook": answers.notebook,
                "mock": answers.mock,
                "percentile": answers.percentile,
                "at": c.instant(instant),
            },
        )
