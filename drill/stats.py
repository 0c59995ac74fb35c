"""Progress: streaks, the Stats screen's figures, goals on Home, and the weekly recap."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from drill import learning_log
from drill.config import GoalSettings, Settings
from drill.core.days import day_start
from drill.core.oops import CATEGORIES
from drill.core.progress import Streaks, goal_mix, iso_week, rate, streaks, week_monday
from drill.errors import DrillError, NotFoundError
from drill.store.db import Store
from drill.store.queries import progress as pq

if TYPE_CHECKING:
    from drill.review import DueCounts

# Only plain-SQL queries (drill.store.queries.progress) at import: on SQLite, `drill stats`
# then never loads SQLAlchemy. Home's due counts come from the review queue, loaded there.


def streak(store: Store, settings: Settings, instant: datetime) -> int:
    """Consecutive study days with at least one answer, ending today (or yesterday)."""
    day = settings.today(instant)
    return streaks(pq.study_days(store, day), day).current


def forecast(
    store: Store, settings: Settings, instant: datetime, days: int = 7
) -> list[tuple[date, int]]:
    """Reviews falling due on each of the next days (overdue ones count for tomorrow)."""
    day = settings.today(instant)
    rows = pq.due_by_day(store, day + timedelta(days=days))
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
    from drill.review import Scope, due_counts
    from drill.store.queries.cards import totals

    counted = totals(store)
    return HomeSummary(
        due=due_counts(store, settings, instant, Scope()),
        problems_due=pq.problems_due(store, settings.today(instant)),
        streak=streak(store, settings, instant),
        open_oops=pq.open_oops(store),
        due_tomorrow=forecast(store, settings, instant, 1)[0][1],
        total_cards=counted.cards,
        reviews_ever=counted.reviews,
        attempts_ever=counted.attempts,
    )


# ---------------------------------------------------------------- drill stats


HEATMAP_DAYS = 365
RETENTION_DAYS = 30
PER_DAY_DAYS = 30
FORECAST_DAYS = 30
WEEKS = 12
WEAKEST = 3


@dataclass(frozen=True)
class Retention:
    """Anki's true retention: the pass rate of due reviews, young (interval under 21 days
    before the answer) and mature apart."""

    young_passed: int = 0
    young_total: int = 0
    mature_passed: int = 0
    mature_total: int = 0

    def __add__(self, other: Retention) -> Retention:
        return Retention(
            self.young_passed + other.young_passed,
            self.young_total + other.young_total,
            self.mature_passed + other.mature_passed,
            self.mature_total + other.mature_total,
        )

    @property
    def young(self) -> float | None:
        return rate(self.young_passed, self.young_total)

    @property
    def mature(self) -> float | None:
        return rate(self.mature_passed, self.mature_total)

    @property
    def total(self) -> float | None:
        return rate(self.young_passed + self.mature_passed, self.young_total + self.mature_total)

    def as_dict(self) -> dict[str, object]:
        return {
            "young": self.young,
            "young_reviews": self.young_total,
            "mature": self.mature,
            "mature_reviews": self.mature_total,
            "total": self.total,
        }


@dataclass(frozen=True)
class PatternStats:
    pattern: str
    attempts: int
    first_try: int
    solves: int
    median_minutes: float | None
    median_target: float | None

    @property
    def first_try_rate(self) -> float | None:
        return rate(self.first_try, self.attempts)

    @property
    def slowness(self) -> float:
        """Median time over the target (1.0 on target); 0 while nothing is solved."""
        if self.median_minutes is None or not self.median_target:
            return 0.0
        return self.median_minutes / self.median_target

    def as_dict(self) -> dict[str, object]:
        return {
            "pattern": self.pattern,
            "attempts": self.attempts,
            "first_try": self.first_try,
            "first_try_rate": self.first_try_rate,
            "solves": self.solves,
            "median_minutes": _r(self.median_minutes),
            "median_target_minutes": _r(self.median_target),
        }


@dataclass(frozen=True)
class Weakest:
    pattern: str
    first_try_rate: float | None
    slowness: float
    next_problem: str | None


@dataclass(frozen=True)
class Stats:
    """Every figure of `drill stats` and the Stats screen, for all decks or one."""

    day: date
    deck: str | None
    goals: GoalSettings
    heatmap: dict[date, int]
    heatmap_first: date
    per_day: list[pq.DayCount]
    streaks: Streaks
    days_studied: int
    """Study days with an answer within the heatmap's year."""
    cards: pq.CardCounts
    retention: Retention
    retention_by_deck: dict[str, Retention]
    retention_by_tag: dict[str, Retention]
    forecast: list[tuple[date, int]]
    solved: list[pq.SolvedCount]
    attempts_per_solve: float | None
    median: tuple[int, float | None, float | None]
    weeks: list[pq.WeekMedian]
    patterns: list[PatternStats]
    weakest: list[Weakest]
    oops: list[pq.OopsKind]
    contests: list[pq.ContestScore]

    @property
    def solved_total(self) -> int:
        return sum(row.solved for row in self.solved)

    def solved_of(self, difficulty: str) -> int:
        return sum(row.solved for row in self.solved if row.difficulty == difficulty)

    def as_dict(self) -> dict[str, object]:
        g = self.goals
        mix = goal_mix(g.solves, g.medium_share, g.hard_share)
        solved_total = self.solved_total
        bank = {row.difficulty: row.problems for row in self.solved}
        n, median, target = self.median
        return {
            "day": self.day.isoformat(),
            "deck": self.deck,
            "reviews": {
                "heatmap": {
                    "first": self.heatmap_first.isoformat(),
                    "last": self.day.isoformat(),
                    "days": {d.isoformat(): c for d, c in sorted(self.heatmap.items())},
                },
                "days_studied": self.days_studied,
                "streak": {
                    "current": self.streaks.current,
                    "longest": self.streaks.longest,
                    "studied_today": self.streaks.studied_today,
                    "goal": g.streak_days,
                },
                "per_day": [
                    {"day": r.day.isoformat(), "reviews": r.reviews, "minutes": _r(r.ms / 60000)}
                    for r in self.per_day
                ],
                "retention_days": RETENTION_DAYS,
                "retention": self.retention.as_dict(),
                "retention_by_deck": {k: v.as_dict() for k, v in self.retention_by_deck.items()},
                "retention_by_tag": {k: v.as_dict() for k, v in self.retention_by_tag.items()},
                "forecast": [{"day": d.isoformat(), "due": c} for d, c in self.forecast],
            },
            "cards": {
                "new": self.cards.new,
                "young": self.cards.young,
                "mature": self.cards.mature,
                "suspended": self.cards.suspended,
                "mature_goal": g.mature_cards,
            },
            "problems": {
                "solved": solved_total,
                "goal": g.solves,
                "by_difficulty": {
                    name: {
                        "solved": self.solved_of(name),
                        "share": rate(self.solved_of(name), solved_total),
                        "goal": mix[name],
                        "goal_share": _r(mix[name] / g.solves, 4),
                        "bank": bank.get(name, 0),
                    }
                    for name in ("easy", "medium", "hard")
                },
                "attempts_per_solve": self.attempts_per_solve,
                "median_solve": {
                    "solves": n,
                    "minutes": _r(median),
                    "target_minutes": _r(target),
                    "goal_minutes": g.median_solve_minutes,
                },
                "weeks": [
                    {
                        "week": w.label,
                        "solves": w.solves,
                        "median_minutes": _r(w.median_minutes),
                        "median_target_minutes": _r(w.median_target),
                    }
                    for w in self.weeks
                ],
                "patterns": [p.as_dict() for p in self.patterns],
                "weakest": [
                    {
                        "pattern": w.pattern,
                        "first_try_rate": w.first_try_rate,
                        "slowness": _r(w.slowness, 3),
                        "next_problem": w.next_problem,
                    }
                    for w in self.weakest
                ],
            },
            "oops": [
                {
                    "kind": CATEGORIES.get(k.category, k.category),
                    "open": k.open,
                    "resolved": k.resolved,
                }
                for k in self.oops
            ],
            "contests": [
                {"day": c.started.date().isoformat(), "score": c.score, "possible": c.possible}
                for c in self.contests
            ],
        }


def _r(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)


def _retention(
    rows: list[pq.RetentionGroup],
) -> tuple[Retention, dict[str, Retention], dict[str, Retention]]:
    """Fold the (deck, tag set) groups the database counted into per-deck and per-tag sums;
    a card with several tags counts under each."""
    total = Retention()
    by_deck: dict[str, Retention] = {}
    by_tag: dict[str, Retention] = {}
    for row in rows:
        r = Retention(row.young_passed, row.young_total, row.mature_passed, row.mature_total)
        total += r
        by_deck[row.deck] = by_deck.get(row.deck, Retention()) + r
        for tag in sorted(set(row.tags.split())):
            by_tag[tag] = by_tag.get(tag, Retention()) + r
    return total, dict(sorted(by_deck.items())), dict(sorted(by_tag.items()))


def week_bounds(settings: Settings, monday: date) -> tuple[datetime, datetime]:
    """The instants a study week (Monday's rollover to the next Monday's) starts and ends."""
    tz, hour = settings.timezone, settings.review.rollover_hour
    return day_start(monday, tz, hour), day_start(monday + timedelta(days=7), tz, hour)


def weakest_patterns(patterns: list[PatternStats], n: int = WEAKEST) -> list[PatternStats]:
    """Patterns tried at least once, the lowest first-try accept rate first, then the slowest
    against their targets, then by name."""
    tried = [p for p in patterns if p.attempts]
    return sorted(tried, key=lambda p: (p.first_try_rate or 0.0, -p.slowness, p.pattern))[:n]


def progress_stats(
    store: Store, settings: Settings, instant: datetime, deck: str | None = None
) -> Stats:
    """Every figure of the Stats screen; card figures narrowed to `deck` when given."""
    if deck is not None and deck not in pq.deck_names(store):
        raise NotFoundError(f"no deck {deck!r}; `drill decks` lists them")
    day = settings.today(instant)
    first = day - timedelta(days=HEATMAP_DAYS - 1)
    # the three costliest reads run at once, each on its own connection: the database does
    # the work (SQLite and the PostgreSQL driver release the GIL), so two cores share it
    with ThreadPoolExecutor(max_workers=3) as pool:
        heatmap_job = pool.submit(pq.day_counts, store, first, day, deck)
        retention_job = pool.submit(
            pq.retention_groups, store, day - timedelta(days=RETENTION_DAYS - 1), day, deck
        )
        patterns_job = pool.submit(pq.pattern_rows, store)
        studied = pq.study_days(store, day, deck)
        recent = {
            r.day: r
            for r in pq.review_days(store, day - timedelta(days=PER_DAY_DAYS - 1), day, deck)
        }
        rows = pq.due_by_day(store, day + timedelta(days=FORECAST_DAYS), deck)
        tries, solved = pq.attempts_per_solve(store)
        cards = pq.card_counts(store, deck)
        solved_rows = pq.solved_by_difficulty(store)
        median = pq.median_solve(store)
        oops = pq.oops_by_kind(store)
        contests = pq.contest_scores(store)
        heatmap = heatmap_job.result()
        total, by_deck, by_tag = _retention(retention_job.result())
        pattern_rows = patterns_job.result()
    per_day = [
        recent.get(d, pq.DayCount(d, 0, 0))
        for d in (day - timedelta(days=i) for i in range(PER_DAY_DAYS - 1, -1, -1))
    ]
    carried = sum(n for d, n in rows.items() if d <= day)
    forecast = [
        (day + timedelta(days=i), rows.get(day + timedelta(days=i), 0) + (carried if i == 1 else 0))
        for i in range(1, FORECAST_DAYS + 1)
    ]
    this_monday = day - timedelta(days=day.weekday())
    weeks = []
    for i in range(WEEKS - 1, -1, -1):
        monday = this_monday - timedelta(weeks=i)
        weeks.append((iso_week(monday), *week_bounds(settings, monday)))
    patterns = [
        PatternStats(
            p.pattern, p.attempts, p.first_try, p.solves, p.median_minutes, p.median_target
        )
        for p in pattern_rows
    ]
    weakest = [
        Weakest(p.pattern, p.first_try_rate, p.slowness, pq.next_problem(store, p.pattern, day))
        for p in weakest_patterns(patterns)
    ]
    return Stats(
        day=day,
        deck=deck,
        goals=settings.goals,
        heatmap=heatmap,
        heatmap_first=first,
        per_day=per_day,
        streaks=streaks(studied, day),
        days_studied=len(heatmap),
        cards=cards,
        retention=total,
        retention_by_deck=by_deck,
        retention_by_tag=by_tag,
        forecast=forecast,
        solved=solved_rows,
        attempts_per_solve=round(tries / solved, 2) if solved else None,
        median=median,
        weeks=pq.week_medians(store, weeks),
        patterns=patterns,
        weakest=weakest,
        oops=oops,
        contests=contests,
    )


# ---------------------------------------------------------------- goals on Home


@dataclass(frozen=True)
class GoalProgress:
    name: str
    value: float
    goal: float
    text: str
    """`212/300`, `11.5 min (goal 13)`..."""
    lower_is_better: bool = False

    @property
    def fraction(self) -> float:
        """How far along the goal is, 0..1 (a time goal is met when at or under it)."""
        if self.lower_is_better:
            return (
                1.0
                if 0 < self.value <= self.goal
                else (self.goal / self.value if self.value else 0.0)
            )
        return min(1.0, self.value / self.goal) if self.goal else 1.0


def goal_progress(store: Store, settings: Settings, instant: datetime) -> list[GoalProgress]:
    """The plan's goals with where each stands: cheap figures only (Home reloads often)."""
    g = settings.goals
    day = settings.today(instant)
    solved = {row.difficulty: row.solved for row in pq.solved_by_difficulty(store)}
    total = sum(solved.values())
    mature = pq.card_counts(store).mature
    run = streaks(pq.study_days(store, day), day)
    _, median, _ = pq.median_solve(store)
    out = [
        GoalProgress("solved", total, g.solves, f"{total}/{g.solves}"),
        GoalProgress("mature cards", mature, g.mature_cards, f"{mature}/{g.mature_cards}"),
        GoalProgress("streak", run.current, g.streak_days, f"{run.current}/{g.streak_days} days"),
        GoalProgress(
            "median solve",
            median or 0.0,
            g.median_solve_minutes,
            (f"{median:.1f}" if median is not None else "—")
            + f" min (≤ {g.median_solve_minutes:g})",
            lower_is_better=True,
        ),
    ]
    for name, share in (("medium", g.medium_share), ("hard", g.hard_share)):
        have = solved.get(name, 0) / total if total else 0.0
        out.append(GoalProgress(f"{name} share", have, share, f"{have:.0%} (goal {share:.0%})"))
    return out


# ---------------------------------------------------------------- the weekly recap


@dataclass(frozen=True)
class WeeklyRecap:
    week: str
    first_day: date
    last_day: date
    solved: int
    weekly_goal: int
    top_pattern: tuple[str, int] | None
    biggest_oops: pq.BiggestOops | None
    cards_reviewed: int
    retention: Retention
    streak: int
    median_solve: tuple[int, float | None, float | None]
    answers: pq.RecapAnswers | None
    log: tuple[learning_log.Entry, ...] = ()
    """The week's learning log, oldest first."""
    timed: dict[str, int] = field(default_factory=dict)
    """Timed sets, mocks and contests finished this week, by kind."""

    @property
    def mock_done(self) -> bool | None:
        """The user's answer, else yes when drill saw a mock interview finished this week."""
        a = self.answers
        if a is not None and a.mock is not None:
            return a.mock
        return True if self.timed.get("mock") else None

    def as_dict(self) -> dict[str, object]:
        n, median, target = self.median_solve
        a = self.answers
        oops = self.biggest_oops
        return {
            "week": self.week,
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "solved": self.solved,
            "weekly_goal": self.weekly_goal,
            "top_pattern": None
            if self.top_pattern is None
            else {"pattern": self.top_pattern[0], "attempts": self.top_pattern[1]},
            "biggest_oops": None
            if oops is None
            else {
                "id": oops.id,
                "kind": CATEGORIES.get(oops.category, oops.category),
                "text": oops.text,
                "problem": oops.problem,
                "times": oops.times,
                "minutes": _r(oops.minutes),
            },
            "cards_reviewed": self.cards_reviewed,
            "retention": self.retention.as_dict(),
            "streak": self.streak,
            "median_solve": {"solves": n, "minutes": _r(median), "target_minutes": _r(target)},
            "win": a.win if a else None,
            "ml_notebook": a.notebook if a else None,
            "mock_interview": self.mock_done,
            "contest_percentile": a.percentile if a else None,
            "answered": a is not None,
            "log": [
                {"day": e.day.isoformat(), "text": e.text, "source": e.source} for e in self.log
            ],
            "timed": {kind: self.timed.get(kind, 0) for kind in ("set", "mock", "contest")},
        }

    def markdown(self) -> str:
        """The recap as a user pastes it into their notes."""
        n, median, target = self.median_solve
        a = self.answers

        def yes(value: bool | None) -> str:
            return "—" if value is None else ("yes" if value else "no")

        pattern = (
            f"{self.top_pattern[0]} ({self.top_pattern[1]} attempts)" if self.top_pattern else "—"
        )
        oops = "—"
        if self.biggest_oops is not None:
            b = self.biggest_oops
            oops = f"{b.text} ({CATEGORIES.get(b.category, b.category)}"
            oops += f", {b.times}×" if b.times > 1 else ""
            oops += f", {b.minutes:.0f} min attempt" if b.minutes is not None else ""
            oops += ")"
        r = self.retention
        retention = "—" if r.total is None else f"{r.total:.0%}"
        if r.young is not None or r.mature is not None:
            parts = []
            if r.young is not None:
                parts.append(f"young {r.young:.0%}")
            if r.mature is not None:
                parts.append(f"mature {r.mature:.0%}")
            retention += " (" + ", ".join(parts) + ")"
        median_text = (
            "—" if median is None else f"{median:.1f} min (target {target:.0f}, {n} solves)"
        )
        percentile = "—" if a is None or a.percentile is None else f"{a.percentile:g}"
        lines = [
            f"## Week {self.week} ({self.first_day:%d %b} – {self.last_day:%d %b %Y})",
            "",
            f"- LeetCode solved: {self.solved}/{self.weekly_goal}",
            f"- Pattern this week: {pattern}",
            f"- Biggest Oops: {oops}",
            f"- Cards reviewed: {self.cards_reviewed}, retention {retention}",
            f"- Streak: {self.streak} days",
            f"- Median solve time: {median_text}",
            f"- One-line win: {(a.win if a and a.win else '—')}",
            f"- ML notebook done: {yes(a.notebook if a else None)}",
            f"- Mock interview done: {yes(self.mock_done)}",
            f"- Contest percentile: {percentile}",
        ]
        if self.timed:
            t = self.timed
            lines.append(
                f"- Timed: {t.get('set', 0)} set(s), {t.get('mock', 0)} mock(s), "
                f"{t.get('contest', 0)} contest(s)"
            )
        if self.log:
            lines.append("- Learning log:")
            lines += [f"  - {e.day:%a %d %b}: {e.text}" for e in self.log]
        return "\n".join(lines) + "\n"


def recap_week(settings: Settings, instant: datetime, week: str | None) -> str:
    """The week asked for, or last week (the one that ended) when none is."""
    if week is not None:
        try:
            return iso_week(week_monday(week))
        except ValueError as err:
            raise DrillError(str(err)) from None
    day = settings.today(instant)
    return iso_week(day - timedelta(days=day.weekday() + 7))


def weekly_recap(store: Store, settings: Settings, instant: datetime, week: str) -> WeeklyRecap:
    monday = week_monday(week)
    sunday = monday + timedelta(days=6)
    since, until = week_bounds(settings, monday)
    day = settings.today(instant)
    end = min(sunday, day)
    total, _, _ = _retention(pq.retention_groups(store, monday, sunday))
    return WeeklyRecap(
        week=week,
        first_day=monday,
        last_day=sunday,
        solved=pq.solved_between(store, since, until),
        weekly_goal=settings.goals.weekly_solves,
        top_pattern=pq.top_pattern(store, since, until),
        biggest_oops=pq.biggest_oops(store, since, until),
        cards_reviewed=pq.reviews_between(store, monday, sunday),
        retention=total,
        streak=streaks(pq.study_days(store, end), end).current if end >= monday else 0,
        median_solve=pq.median_solve(store, since, until),
        answers=pq.recap_answers(store, week),
        log=tuple(learning_log.entries(store, settings, instant, week=week)),
        timed=pq.timed_sessions_between(store, since, until),
    )


def save_recap_answers(
    store: Store,
    instant: datetime,
    week: str,
    win: str | None,
    notebook: bool | None,
    mock: bool | None,
    percentile: float | None,
) -> None:
    if percentile is not None and not 0 <= percentile <= 100:
        raise DrillError(f"contest percentile {percentile:g} is not allowed: use 0 to 100")
    win = win.strip() if win else None
    pq.save_recap_answers(
        store, pq.RecapAnswers(week, win or None, notebook, mock, percentile), instant
    )


def recap_due(store: Store, settings: Settings, instant: datetime) -> str | None:
    """Last week, on the first day of a new week while its recap is not filled in yet."""
    day = settings.today(instant)
    if day.weekday() != 0:
        return None
    week = iso_week(day - timedelta(days=7))
    return None if pq.recap_answers(store, week) is not None else week
