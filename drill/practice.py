"""Timed practice: problems in the store, attempts and their runs, grading into re-solve dates."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from drill.config import Settings
from drill.core import sm2
from drill.core.cpp import language_of
from drill.core.plan import Plan
from drill.core.plan import PlanWeek as PlanWeek  # re-exported: `drill.practice.PlanWeek`
from drill.core.problems import CLASSIC_PATTERNS, ProblemMeta, grade_attempt
from drill.errors import DrillError, NotFoundError
from drill.oops import record_failure
from drill.review import today
from drill.store.db import Store
from drill.store.models import Attempt, JudgeRun, Problem
from drill.store.queries import progress as pq

STATUSES = ("new", "solved", "failed", "open")


def sync_problems(store: Store, metas: Iterable[ProblemMeta]) -> None:
    """Make sure every known problem has its row (scheduling state lives there)."""
    with store.session() as s:
        rows = {p.slug: p for p in s.scalars(select(Problem))}
        for meta in metas:
            row = rows.get(meta.slug)
            if row is None:
                row = Problem(slug=meta.slug, repetitions=0, ef=250, interval=0, lapses=0)
                s.add(row)
            row.title = meta.title
            row.category = meta.category
            row.difficulty = meta.difficulty
            row.patterns = " ".join(meta.patterns)
            row.source_path = str(meta.path)
            row.target_minutes = meta.target_minutes


@dataclass(frozen=True)
class ProblemRow:
    slug: str
    title: str
    category: str
    difficulty: str
    patterns: tuple[str, ...]
    status: str
    best_time_s: float | None
    attempts: int
    next_due: date | None
    target_minutes: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "problem": self.slug,
            "title": self.title,
            "category": self.category,
            "difficulty": self.difficulty,
            "patterns": list(self.patterns),
            "status": self.status,
            "best_time_s": self.best_time_s,
            "attempts": self.attempts,
            "next_due": self.next_due.isoformat() if self.next_due else None,
            "target_minutes": self.target_minutes,
        }


def list_problems(
    store: Store,
    settings: Settings,
    instant: datetime,
    metas: Iterable[ProblemMeta],
    *,
    category: str | None = None,
    pattern: str | None = None,
    difficulty: str | None = None,
    status: str | None = None,
    due_only: bool = False,
    sync: bool = True,
) -> list[ProblemRow]:
    """Every problem with its status (new, solved, failed, open), best time, attempts, next date.

    `sync=False` only reads: a problem without its row yet is new (Home's plan line must not
    write the bank into the store)."""
    metas = list(metas)
    if sync:
        sync_problems(store, metas)
    day = today(settings, instant)
    with store.session() as s:
        problems = {p.slug: p for p in s.scalars(select(Problem))}
        attempts = dict(
            s.execute(
                select(Attempt.problem_id, func.count())
                .where(Attempt.outcome != "open")
                .group_by(Attempt.problem_id)
            ).all()
        )
        best = dict(
            s.execute(
                select(Attempt.problem_id, func.min(Attempt.duration_s))
                .where(Attempt.outcome == "accepted")
                .group_by(Attempt.problem_id)
            ).all()
        )
        last: dict[int, str] = {}
        for pid, outcome in s.execute(
            select(Attempt.problem_id, Attempt.outcome).order_by(Attempt.id)
        ).all():
            last[pid] = outcome
    rows = []
    for meta in metas:
        p = problems.get(meta.slug) or Problem(slug=meta.slug, due=None)
        state = {"accepted": "solved", "gave_up": "failed", "open": "open"}.get(
            last.get(p.id, ""), "new"
        )
        row = ProblemRow(
            meta.slug,
            meta.title,
            meta.category,
            meta.difficulty,
            meta.patterns,
            state,
            best.get(p.id),
            int(attempts.get(p.id, 0)),
            p.due,
            meta.target_minutes,
        )
        if category and meta.category != category:
            continue
        if pattern and pattern not in meta.patterns:
            continue
        if difficulty and meta.difficulty != difficulty:
            continue
        if status and row.status != status:
            continue
        if due_only and not (p.due is not None and p.due <= day):
            continue
        rows.append(row)
    return rows


def bank_stats(metas: Iterable[ProblemMeta]) -> dict[str, dict[str, int]]:
    """Counts by category, classic pattern and difficulty (what `drill problems --stats` prints)."""
    metas = list(metas)
    patterns = Counter(p for m in metas for p in m.patterns if p in CLASSIC_PATTERNS)
    return {
        "total": {"problems": len(metas)},
        "category": dict(sorted(Counter(m.category for m in metas).items())),
        "pattern": {p: patterns.get(p, 0) for p in CLASSIC_PATTERNS},
        "difficulty": {
            d: sum(m.difficulty == d for m in metas) for d in ("easy", "medium", "hard")
        },
    }


def _plan_week(row: ProblemRow, weeks: tuple[PlanWeek, ...]) -> int | None:
    for week in weeks:  # a pattern the week is about wins over the category
        if set(week.patterns) & set(row.patterns):
            return week.week
    for week in weeks:
        if row.category in week.categories:
            return week.week
    return None


def plan_weeks(
    rows: Iterable[ProblemRow], plan: Plan | None = None
) -> list[tuple[PlanWeek, list[ProblemRow]]]:
    """The plan's weeks with their problems, easy before medium before hard (problems of
    categories the block doesn't cover, such as DP, are left to the later weeks).

    A problem goes to the week of its pattern (prefix sums: week 8), else of its category.
    `plan` defaults to the one shipped with drill (drill/data/plan.toml)."""
    if plan is None:
        from drill.planfile import shipped_plan

        plan = shipped_plan()
    order = {"easy": 0, "medium": 1, "hard": 2}
    by_week: dict[int, list[ProblemRow]] = {week.week: [] for week in plan.weeks}
    for row in rows:
        week = _plan_week(row, plan.weeks)
        if week is not None:
            by_week[week].append(row)
    return [
        (week, sorted(by_week[week.week], key=lambda r: (order.get(r.difficulty, 3), r.slug)))
        for week in plan.weeks
    ]


@dataclass(frozen=True)
class AttemptView:
    id: int
    problem: str
    title: str
    solution_path: Path
    started_at: datetime
    target_minutes: int
    runs: int
    failed_runs: int
    outcome: str
    resumed: bool = False
    """An open attempt picked up again, its code as the user left it."""
    last_code: str | None = None
    """A resumed attempt's last judged code (its starter before any run): a file changed
    while drill was not running differs from it, so it is judged at once."""

    @property
    def language(self) -> str:
        """ "cpp" or "python": an attempt's language is its file's (no column needed)."""
        return language_of(self.solution_path)

    @property
    def seed(self) -> int:
        """The attempt's own seed for generated inputs: the same for every re-judge within it
        (a verdict does not change under the user's feet), different from any other attempt's
        (so a rare bug missed once is met next time). Past failures replay first either way."""
        return attempt_seed(self.id, self.started_at)


LANGUAGES = {"python": ".py", "cpp": ".cpp"}
"""The file a new attempt starts from, by language."""


def attempt_seed(attempt_id: int, started_at: datetime) -> int:
    import hashlib

    digest = hashlib.sha256(f"{attempt_id}:{started_at.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "little")


def _attempt_view(a: Attempt, p: Problem) -> AttemptView:
    return AttemptView(
        a.id,
        p.slug,
        p.title,
        Path(a.solution_path),
        a.started_at,
        p.target_minutes,
        a.runs,
        a.failed_runs,
        a.outcome,
    )


def _keep_aside(path: Path, instant: datetime) -> Path:
    """Move an earlier solution file into `.history`, under a name no other file has."""
    history = path.parent / ".history"
    history.mkdir(exist_ok=True)
    stamp = instant.strftime("%Y%m%dT%H%M%S")
    target = history / f"{path.stem}.{stamp}{path.suffix}"
    n = 1
    while target.exists():  # the same second (or a fixed DRILL_NOW): never replace one
        n += 1
        target = history / f"{path.stem}.{stamp}.{n}{path.suffix}"
    shutil.move(str(path), target)
    return target


def _open_row(s: Any, problem_id: int, language: str = "python") -> Attempt | None:
    rows = s.scalars(
        select(Attempt)
        .where(Attempt.problem_id == problem_id, Attempt.outcome == "open")
        .order_by(Attempt.id.desc())
    )
    for row in rows:  # open attempts are few: one per problem and language
        if language_of(row.solution_path) == language:
            found: Attempt = row
            return found
    return None


def open_attempt(store: Store, meta: ProblemMeta, language: str = "python") -> AttemptView | None:
    """The problem's attempt left open in `language`, if any (nothing is written)."""
    with store.read() as s:
        problem = s.scalars(select(Problem).where(Problem.slug == meta.slug)).first()
        if problem is None:
            return None
        found = _open_row(s, problem.id, language)
        return None if found is None else _attempt_view(found, problem)


@dataclass(frozen=True)
class JudgedVersion:
    """One judged save of an attempt, exactly as the judge saw it."""

    attempt_id: int
    number: int  # 1, 2, ... within the attempt
    at: datetime
    verdict: str
    code: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "attempt": self.attempt_id,
            "run": self.number,
            "at": self.at.isoformat(),
            "verdict": self.verdict,
            "code": self.code,
        }


def judged_versions(store: Store, slug: str) -> list[JudgedVersion]:
    """Every judged version of every attempt at a problem, oldest first."""
    with store.read() as s:
        rows = s.execute(
            select(JudgeRun.attempt_id, JudgeRun.at, JudgeRun.verdict, JudgeRun.code)
            .join(Attempt, Attempt.id == JudgeRun.attempt_id)
            .join(Problem, Problem.id == Attempt.problem_id)
            .where(Problem.slug == slug)
            .order_by(JudgeRun.attempt_id, JudgeRun.id)
        ).all()
    out: list[JudgedVersion] = []
    counts: Counter[int] = Counter()
    for attempt_id, at_, verdict, code in rows:
        counts[attempt_id] += 1
        out.append(JudgedVersion(attempt_id, counts[attempt_id], at_, verdict, code))
    return out


def start_attempt(
    store: Store,
    settings: Settings,
    meta: ProblemMeta,
    starter: str,
    instant: datetime,
    language: str = "python",
) -> AttemptView:
    """Resume the problem's open attempt with the user's code exactly as they left it, or
    open a new timed attempt with a fresh starter file.

    A resumed attempt keeps its file untouched (if the file went, the last code drill judged
    is written back). A new attempt keeps any earlier file in `workspace/.history/`."""
    sync_problems(store, [meta])
    workspace = settings.workspace
    with store.read() as s:
        problem = s.scalars(select(Problem).where(Problem.slug == meta.slug)).one()
        open_ = _open_row(s, problem.id, language)
        if open_ is not None:
            path = Path(open_.solution_path)
            try:
                if not path.exists():
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(open_.final_code or starter, encoding="utf-8")
            except OSError as err:
                raise DrillError(f"cannot restore your file {path}: {err.strerror}") from None
            return replace(_attempt_view(open_, problem), resumed=True, last_code=open_.final_code)
    path = workspace / f"{meta.slug.replace('-', '_')}{LANGUAGES[language]}"
    try:
        workspace.mkdir(parents=True, exist_ok=True)
        if path.exists():
            _keep_aside(path, instant)
        path.write_text(starter, encoding="utf-8")
    except OSError as err:
        raise DrillError(f"cannot write the starter file {path}: {err.strerror}") from None
    with store.session() as s:
        problem = s.scalars(select(Problem).where(Problem.slug == meta.slug)).one()
        attempt = Attempt(
            problem_id=problem.id,
            started_at=instant,
            outcome="open",
            runs=0,
            failed_runs=0,
            solution_path=str(path),
            final_code=starter,
        )
        s.add(attempt)
        s.flush()
        return _attempt_view(attempt, problem)


@dataclass(frozen=True)
class RunOutcome:
    attempt: AttemptView
    verdict: str
    finished: bool
    grade: int | None
    oops_id: int | None
    next_due: date | None
    minutes: float


def _finish(
    attempt: Attempt, problem: Problem, accepted: bool, instant: datetime, settings: Settings
) -> tuple[int, date]:
    minutes = max(0.0, (instant - attempt.started_at).total_seconds() / 60)
    grade = grade_attempt(
        accepted=accepted,
        failed_runs=attempt.failed_runs,
        minutes=minutes,
        target_minutes=problem.target_minutes,
    )
    state = sm2.SM2State.from_hundredths(problem.repetitions, problem.ef, problem.interval)
    nxt = sm2.review(state, grade)
    if grade < 3 and problem.repetitions > 0:
        problem.lapses += 1
    problem.repetitions, problem.ef, problem.interval = (
        nxt.repetitions,
        nxt.ef_hundredths,
        nxt.interval,
    )
    problem.due = today(settings, instant) + timedelta(days=nxt.interval)
    attempt.ended_at = instant
    attempt.duration_s = minutes * 60
    attempt.outcome = "accepted" if accepted else "gave_up"
    attempt.grade = grade
    return grade, problem.due


def _load(s: Any, attempt_id: int) -> tuple[Attempt, Problem]:
    attempt = s.get(Attempt, attempt_id)
    if attempt is None:
        raise NotFoundError(f"no attempt #{attempt_id}")
    problem = s.get(Problem, attempt.problem_id)
    assert problem is not None
    return attempt, problem


def record_run(
    store: Store,
    settings: Settings,
    attempt_id: int,
    result: Mapping[str, Any],
    code: str,
    instant: datetime,
) -> RunOutcome:
    """Store one verdict (the judge's JSON); failures feed the Oops List, accepted ends it."""
    verdict = str(result.get("verdict"))
    with store.session() as s:
        attempt, problem = _load(s, attempt_id)
        if attempt.outcome != "open":
            raise DrillError(f"attempt #{attempt_id} is already finished ({attempt.outcome})")
        s.add(
            JudgeRun(
                attempt_id=attempt.id,
                at=instant,
                verdict=verdict,
                passed=int(result.get("passed") or 0),
                total=int(result.get("total") or 0),
                elapsed_s=float(result.get("elapsed_s") or 0.0),
                detail=json.dumps(dict(result), default=str),
                code=code,
            )
        )
        untouched = attempt.runs == 0 and code == attempt.final_code  # the starter
        attempt.runs += 1
        attempt.final_code = code
        oops_id = None
        grade = due = None
        if verdict == "accepted":
            grade, due = _finish(attempt, problem, True, instant, settings)
        elif not untouched:  # the starter as given is neither a try nor a mistake
            if verdict != "compile_error":  # a save in mid-typing doesn't lower the grade
                attempt.failed_runs += 1
            counterexample = result.get("counterexample")
            oops_id = record_failure(
                s,
                instant,
                problem,
                attempt.id,
                verdict,
                counterexample if isinstance(counterexample, dict) else None,
                result.get("error"),
                code,
            )
        s.flush()
        minutes = (instant - attempt.started_at).total_seconds() / 60
        return RunOutcome(
            _attempt_view(attempt, problem),
            verdict,
            verdict == "accepted",
            grade,
            oops_id,
            due,
            minutes,
        )


def give_up(
    store: Store, settings: Settings, attempt_id: int, code: str, instant: datetime
) -> RunOutcome:
    """End the attempt unsolved: grade 1, the problem comes back tomorrow."""
    with store.session() as s:
        attempt, problem = _load(s, attempt_id)
        if attempt.outcome != "open":
            raise DrillError(f"attempt #{attempt_id} is already finished ({attempt.outcome})")
        attempt.final_code = code
        grade, due = _finish(attempt, problem, False, instant, settings)
        s.flush()
        minutes = (instant - attempt.started_at).total_seconds() / 60
        return RunOutcome(
            _attempt_view(attempt, problem), "gave_up", True, grade, None, due, minutes
        )


def due_problem_count(store: Store, settings: Settings, instant: datetime) -> int:
    return pq.problems_due(store, today(settings, instant))


def attempt_runs(store: Store, attempt_id: int) -> list[dict[str, Any]]:
    with store.session() as s:
        return [
            json.loads(r.detail)
            for r in s.scalars(
                select(JudgeRun).where(JudgeRun.attempt_id == attempt_id).order_by(JudgeRun.id)
            )
        ]


@dataclass(frozen=True)
class BestRun:
    """The fastest accepted run of a problem in one language, on the growth check's largest
    input (what `C++ 0.8 ms, 3.1 MiB · Python 9.4 ms, 14.2 MiB` compares)."""

    language: str
    n: int
    time_s: float
    peak_bytes: int | None

    def label(self) -> str:
        name = {"cpp": "C++", "python": "Python"}.get(self.language, self.language)
        memory = "" if self.peak_bytes is None else f", {self.peak_bytes / (1 << 20):.1f} MiB"
        return f"{name} {self.time_s * 1000:.1f} ms{memory}"


def best_runs(store: Store, slug: str) -> dict[str, BestRun]:
    """Per language, the problem's fastest accepted run at the largest size timed."""
    import json

    with store.read() as s:
        rows = s.execute(
            select(JudgeRun.detail, Attempt.solution_path)
            .join(Attempt, Attempt.id == JudgeRun.attempt_id)
            .join(Problem, Problem.id == Attempt.problem_id)
            .where(Problem.slug == slug, JudgeRun.verdict == "accepted")
        ).all()
    best: dict[str, BestRun] = {}
    for detail, path in rows:
        try:
            run = json.loads(detail).get("run") or {}
        except (ValueError, AttributeError):
            continue
        if not isinstance(run, dict) or run.get("time_s") is None or run.get("n") is None:
            continue
        found = BestRun(
            language_of(path), int(run["n"]), float(run["time_s"]), run.get("peak_bytes")
        )
        held = best.get(found.language)
        if held is None or (found.n, -found.time_s) > (held.n, -held.time_s):
            best[found.language] = found
    return best
