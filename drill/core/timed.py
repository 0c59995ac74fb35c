"""Timed sessions, pure: how a set, a mock interview or a contest picks its problems, and how
their results are scored. No store, no clock: the use case (drill/timed.py) passes both in."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Kind = Literal["set", "mock", "contest"]
KINDS: tuple[Kind, ...] = ("set", "mock", "contest")
LEVELS = {"easy": 0, "medium": 1, "hard": 2}

CONTEST_POINTS = {"easy": 3, "medium": 5, "hard": 7}
"""Points for a solved contest problem by difficulty (LeetCode weekly contests give 3 to 8)."""
PENALTY_S = 300.0
"""Five minutes added to the finish time per wrong submission on a problem later solved, as on
LeetCode (wrong submissions on a problem never solved cost nothing)."""
CONTEST_LEVELS = ("easy", "medium", "medium", "hard")
"""A contest's four problems, in rising difficulty."""
DEFAULT_MINUTES: dict[Kind, int] = {"set": 90, "mock": 45, "contest": 90}
"""The time box: a set's and a contest's whole block; a mock's per problem (`--shared` makes
one block of count x minutes)."""
FRESH_DAYS = 14
"""A mock interview's problems are not ones tried in the last FRESH_DAYS days."""


@dataclass(frozen=True)
class Candidate:
    """A problem a session may pick, with what the user has done with it."""

    slug: str
    difficulty: str
    category: str
    patterns: tuple[str, ...]
    status: str  # new | solved | failed | open
    due: bool  # due to be re-solved today
    last_tried: date | None = None
    attempts: int = 0
    first_try: int = 0  # attempts accepted without a wrong submission
    week: int | None = None  # the plan week its pattern belongs to


def _rank(seed: str, slug: str) -> str:
    """A stable shuffle: the same day and filter pick the same problems, another day others."""
    return hashlib.sha256(f"{seed}:{slug}".encode()).hexdigest()


def _fresh_first(c: Candidate, seed: str) -> tuple[int, int, str]:
    order = {"new": 0, "failed": 1, "open": 1, "solved": 2}
    return (0 if c.due else 1, order.get(c.status, 3), _rank(seed, c.slug))


def pattern_weakness(candidates: Iterable[Candidate]) -> list[str]:
    """Patterns the user has tried, weakest first: the lowest first-try accept rate, then the
    most attempts (the most evidence), then by name."""
    tried: dict[str, list[int]] = {}
    for c in candidates:
        for p in c.patterns:
            row = tried.setdefault(p, [0, 0])
            row[0] += c.attempts
            row[1] += c.first_try
    scored = [(first / total, -total, p) for p, (total, first) in tried.items() if total]
    return [p for _, _, p in sorted(scored)]


@dataclass(frozen=True)
class Filter:
    """How `drill set` chooses: any mix of these; empty means the whole bank."""

    pattern: str | None = None
    difficulty: str | None = None
    week: int | None = None
    weakest: bool = False
    due: bool = False

    def describe(self) -> str:
        parts = []
        if self.pattern:
            parts.append(f"pattern {self.pattern}")
        if self.difficulty:
            parts.append(self.difficulty)
        if self.week is not None:
            parts.append(f"week {self.week}")
        if self.weakest:
            parts.append("weakest patterns")
        if self.due:
            parts.append("due to re-solve")
        return ", ".join(parts) or "the whole bank"


class NoProblems(ValueError):
    """Nothing matches what a session asked for; the message says what to change."""


def pick_set(
    candidates: Sequence[Candidate], count: int, chosen: Filter, seed: str
) -> list[Candidate]:
    """`count` problems matching the filter: due re-solves first, then new, then failed, then
    solved; easy before medium before hard within the set."""
    pool = list(candidates)
    if chosen.pattern:
        pool = [c for c in pool if chosen.pattern in c.patterns]
    if chosen.difficulty:
        pool = [c for c in pool if c.difficulty == chosen.difficulty]
    if chosen.week is not None:
        pool = [c for c in pool if c.week == chosen.week]
    if chosen.due:
        pool = [c for c in pool if c.due]
    if chosen.weakest:
        weak = pattern_weakness(candidates)
        if not weak:
            raise NoProblems("no pattern tried yet, so none is weakest; solve a few first")
        ranked = {p: i for i, p in enumerate(weak)}
        pool = [c for c in pool if any(p in ranked for p in c.patterns)]
        pool.sort(
            key=lambda c: (
                (min(ranked.get(p, len(ranked)) for p in c.patterns), *_fresh_first(c, seed))
            )
        )
    else:
        pool.sort(key=lambda c: _fresh_first(c, seed))
    if not pool:
        raise NoProblems(f"no problem matches {chosen.describe()}")
    picked = pool[:count]
    return sorted(picked, key=lambda c: LEVELS.get(c.difficulty, 3))


def studied_patterns(candidates: Iterable[Candidate]) -> set[str]:
    """Patterns of the problems the user has solved at least once."""
    return {p for c in candidates if c.status == "solved" or c.first_try for p in c.patterns}


def pick_mock(
    candidates: Sequence[Candidate],
    count: int,
    today: date,
    seed: str,
    fresh_days: int = FRESH_DAYS,
) -> list[Candidate]:
    """Medium and hard problems from the patterns the user has studied (any pattern while none
    is), none tried in the last `fresh_days` days; mediums first."""
    studied = studied_patterns(candidates)
    pool = [
        c
        for c in candidates
        if c.difficulty in ("medium", "hard")
        and (c.last_tried is None or (today - c.last_tried).days >= fresh_days)
    ]
    if studied:
        pool = [c for c in pool if set(c.patterns) & studied] or pool
    if len(pool) < count:
        raise NoProblems(
            f"only {len(pool)} medium or hard problem(s) not tried in the last {fresh_days} "
            f"days; use --fresh-days with fewer days"
        )
    # medium, hard, medium, ... and one problem per pattern where the bank allows it: a mock
    # tests breadth, and an onsite's second problem is the harder one
    pool.sort(key=lambda c: (0 if c.status == "new" else 1, _rank(seed, c.slug)))
    picked: list[Candidate] = []
    seen: set[str] = set()
    for i in range(count):
        level = ("medium", "hard")[i % 2]
        fits = [c for c in pool if c not in picked and c.difficulty == level]
        fresh = [c for c in fits if not set(c.patterns) & seen]
        choice = (fresh or fits or [c for c in pool if c not in picked])[0]
        picked.append(choice)
        seen.update(choice.patterns)
    return sorted(picked, key=lambda c: LEVELS.get(c.difficulty, 3))


def pick_contest(candidates: Sequence[Candidate], seed: str) -> list[Candidate]:
    """Four problems of rising difficulty (easy, medium, medium, hard), new ones first, no two
    from one category where the bank allows it."""
    picked: list[Candidate] = []
    used: set[str] = set()
    for level in CONTEST_LEVELS:
        pool = [c for c in candidates if c.difficulty == level and c not in picked]
        if not pool:
            raise NoProblems(f"the bank has no {level} problem left for a contest")
        pool.sort(
            key=lambda c: (c.category in used, 0 if c.status == "new" else 1, _rank(seed, c.slug))
        )
        picked.append(pool[0])
        used.add(pool[0].category)
    return picked


# -- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProblemResult:
    """What happened to one problem of a session."""

    position: int
    slug: str
    title: str
    difficulty: str
    target_minutes: int
    opened: bool
    solved: bool
    active_s: float
    solved_after_s: float | None  # from the session's start to the accepted run
    verdicts: tuple[str, ...] = ()
    oops: int = 0
    points: int = 0

    @property
    def wrong(self) -> int:
        """Wrong submissions: judged runs that were not accepted (compile errors excepted,
        as LeetCode doesn't count them)."""
        return sum(v not in ("accepted", "compile_error") for v in self.verdicts)

    @property
    def went_slow(self) -> bool:
        return "too_slow" in self.verdicts

    @property
    def optimal(self) -> bool | None:
        """The optimal complexity reached without a too-slow submission on the way (an
        accepted run passed the growth check); None when no run was ever correct enough to
        be timed."""
        if self.went_slow:
            return False
        return True if self.solved else None

    @property
    def on_time(self) -> bool:
        return self.solved and self.active_s <= self.target_minutes * 60


@dataclass(frozen=True)
class ContestScore:
    score: int
    possible: int
    finish_s: float
    """The last accepted run's time from the start plus PENALTY_S per wrong submission on the
    problems solved (0 when nothing is solved)."""
    solved: int


def contest_score(results: Sequence[ProblemResult]) -> ContestScore:
    solved = [r for r in results if r.solved]
    score = sum(CONTEST_POINTS.get(r.difficulty, 0) for r in solved)
    possible = sum(CONTEST_POINTS.get(r.difficulty, 0) for r in results)
    finish = max((r.solved_after_s or 0.0 for r in solved), default=0.0)
    finish += PENALTY_S * sum(r.wrong for r in solved)
    return ContestScore(score, possible, finish, len(solved))


@dataclass(frozen=True)
class MockScore:
    """The scored report of a mock interview, in the rubric's terms: each problem gets a
    point for each of solved, optimal complexity, within its time, and at most one wrong
    submission (4 per problem)."""

    points: int
    possible: int
    rows: tuple[tuple[str, int], ...] = field(default_factory=tuple)

    @property
    def verdict(self) -> str:
        share = self.points / self.possible if self.possible else 0.0
        if share >= 0.875:
            return "strong hire"
        if share >= 0.625:
            return "hire"
        if share >= 0.375:
            return "lean no hire"
        return "no hire"


def mock_points(r: ProblemResult) -> int:
    return int(r.solved) + int(r.optimal is True) + int(r.on_time) + int(r.solved and r.wrong <= 1)


def mock_score(results: Sequence[ProblemResult]) -> MockScore:
    rows = tuple((r.slug, mock_points(r)) for r in results)
    return MockScore(sum(p for _, p in rows), 4 * len(results), rows)
