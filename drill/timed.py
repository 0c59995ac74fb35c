"""Timed sessions: a set, a mock interview or a contest, several problems under one clock.

The use case both UIs drive. It owns one PracticeSession per problem (so each problem keeps its
own attempt, file and verdicts, and switching loses nothing) and the session's row in the store:
which problems, each one's attempt and the time the user spent on it. Everything is written as
it happens, so a killed process loses no attempt and `resume` picks the session up where it was;
a session whose time box ran out while nobody watched ends on resume.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from drill import learning_log, oops
from drill.config import Settings
from drill.core import timed as core
from drill.core.cpp import Unmappable
from drill.core.fmt import clock
from drill.core.problems import ProblemMeta
from drill.errors import DrillError
from drill.practice import list_problems, plan_weeks, sync_problems
from drill.practice_session import GaveUp, Judged, PracticeSession
from drill.problembank import ProblemError, cpp_plan, reference_source
from drill.review import today
from drill.store.db import Store
from drill.store.queries import timed as q

NAMES = {"set": "timed set", "mock": "mock interview", "contest": "contest"}


def candidates(
    store: Store, settings: Settings, metas: Sequence[ProblemMeta], instant: datetime
) -> list[core.Candidate]:
    """Every known problem with what the user has done with it, for choosing."""
    rows = list_problems(store, settings, instant, metas)
    weeks = {r.slug: week.week for week, mine in plan_weeks(rows) for r in mine}
    seen = q.histories(store)
    day = today(settings, instant)
    out = []
    for r in rows:
        h = seen.get(r.slug)
        out.append(
            core.Candidate(
                r.slug,
                r.difficulty,
                r.category,
                r.patterns,
                r.status,
                r.next_due is not None and r.next_due <= day,
                h.last_tried if h else None,
                h.attempts if h else 0,
                h.first_try if h else 0,
                weeks.get(r.slug),
            )
        )
    return out


def _cpp_ready(metas: Sequence[ProblemMeta]) -> list[ProblemMeta]:
    ready = []
    for meta in metas:
        try:
            cpp_plan(meta)
        except (Unmappable, ProblemError):
            continue
        ready.append(meta)
    return ready


def choose(
    store: Store,
    settings: Settings,
    metas: Sequence[ProblemMeta],
    instant: datetime,
    kind: core.Kind,
    *,
    count: int,
    chosen: core.Filter | None = None,
    fresh_days: int = core.FRESH_DAYS,
    language: str = "python",
) -> list[ProblemMeta]:
    """The problems a new session of `kind` would take (NoProblems says why there are none)."""
    if language == "cpp":
        metas = _cpp_ready(metas)
    pool = candidates(store, settings, metas, instant)
    seed = f"{kind}:{today(settings, instant).isoformat()}"
    if kind == "set":
        picked = core.pick_set(pool, count, chosen or core.Filter(), seed)
    elif kind == "mock":
        picked = core.pick_mock(pool, count, today(settings, instant), seed, fresh_days)
    else:
        picked = core.pick_contest(pool, seed)
    by_slug = {m.slug: m for m in metas}
    return [by_slug[c.slug] for c in picked]


@dataclass(frozen=True)
class Summary:
    """The end of a session: each problem's result, and the kind's own score."""

    kind: str
    started_at: datetime
    minutes: int
    results: tuple[core.ProblemResult, ...]
    contest: core.ContestScore | None = None
    mock: core.MockScore | None = None
    notes: str = ""
    references: tuple[tuple[str, str], ...] = ()
    """A mock's reference solutions (slug, source), shown only once it is over."""

    @property
    def solved(self) -> int:
        return sum(r.solved for r in self.results)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "kind": self.kind,
            "started_at": self.started_at.isoformat(),
            "minutes": self.minutes,
            "solved": self.solved,
            "problems": [
                {
                    "position": r.position,
                    "problem": r.slug,
                    "difficulty": r.difficulty,
                    "opened": r.opened,
                    "solved": r.solved,
                    "seconds": round(r.active_s, 1),
                    "target_minutes": r.target_minutes,
                    "solved_after_s": r.solved_after_s,
                    "verdicts": list(r.verdicts),
                    "wrong": r.wrong,
                    "optimal": r.optimal,
                    "oops": r.oops,
                    "points": r.points,
                }
                for r in self.results
            ],
            "notes": self.notes,
        }
        if self.contest is not None:
            out["score"] = self.contest.score
            out["possible"] = self.contest.possible
            out["finish_s"] = self.contest.finish_s
        if self.mock is not None:
            out["mock_points"] = self.mock.points
            out["mock_possible"] = self.mock.possible
            out["mock_verdict"] = self.mock.verdict
        return out


def summarize(row: q.SessionRow, metas: dict[str, ProblemMeta] | None = None) -> Summary:
    results = []
    for p in row.problems:
        solved = p.outcome == "accepted"
        after = (
            (p.ended_at - row.started_at).total_seconds()
            if solved and p.ended_at is not None
            else None
        )
        results.append(
            core.ProblemResult(
                p.position,
                p.slug,
                p.title,
                p.difficulty,
                p.target_minutes,
                p.attempt_id is not None,
                solved,
                p.active_s,
                after,
                p.verdicts,
                p.oops,
                p.points if solved else 0,
            )
        )
    contest = core.contest_score(results) if row.kind == "contest" else None
    mock = core.mock_score(results) if row.kind == "mock" else None
    references: list[tuple[str, str]] = []
    if row.kind == "mock" and row.ended_at is not None and metas:
        for r in results:
            if not r.solved and r.slug in metas:
                references.append((r.slug, reference_source(metas[r.slug])))
    return Summary(
        row.kind,
        row.started_at,
        row.minutes,
        tuple(results),
        contest,
        mock,
        row.notes,
        tuple(references),
    )


class TimedRun:
    """A session in progress: one clock, several problems, one of them in front of the user."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        session_id: int,
        metas: dict[str, ProblemMeta],
        now: Callable[[], datetime],
        *,
        sanitize: bool = False,
    ) -> None:
        self.store, self.settings, self.id, self.now = store, settings, session_id, now
        self.sanitize = sanitize
        self.row = q.get_session(store, session_id)
        missing = [p.slug for p in self.row.problems if p.slug not in metas]
        if missing:
            raise DrillError(
                f"timed session #{session_id} holds {missing[0]!r}, which drill can no longer "
                f"find; add its folder with --problems"
            )
        self.metas = [metas[p.slug] for p in self.row.problems]
        self._all_metas = metas
        self._practice: dict[int, PracticeSession] = {}
        self.current: int | None = None
        self._since: datetime | None = None

    # -- starting and finding --------------------------------------------------------------

    @classmethod
    def begin(
        cls,
        store: Store,
        settings: Settings,
        kind: core.Kind,
        problems: Sequence[ProblemMeta],
        now: Callable[[], datetime],
        *,
        minutes: int,
        problem_minutes: int | None = None,
        language: str = "python",
        chosen_by: str = "",
        sanitize: bool = False,
    ) -> TimedRun:
        """Start a new session over `problems` (its clock starts now)."""
        if not problems:
            raise DrillError("a timed session needs at least one problem")
        waiting = q.unfinished(store)
        if waiting is not None:
            row = q.get_session(store, waiting)
            raise DrillError(
                f"a {NAMES.get(row.kind, row.kind)} (#{waiting}) is still running; "
                f"`drill {row.kind}` resumes it, `drill {row.kind} --end` ends it"
            )
        sync_problems(store, problems)
        points = {
            m.slug: core.CONTEST_POINTS.get(m.difficulty, 0) if kind == "contest" else 0
            for m in problems
        }
        session_id = q.create_session(
            store,
            kind=kind,
            started_at=now(),
            minutes=minutes,
            problem_minutes=problem_minutes,
            language=language,
            chosen_by=chosen_by,
            problems=[(m.slug, points[m.slug]) for m in problems],
            machine=settings.machine,
        )
        return cls(
            store, settings, session_id, {m.slug: m for m in problems}, now, sanitize=sanitize
        )

    @classmethod
    def resume(
        cls,
        store: Store,
        settings: Settings,
        metas: Sequence[ProblemMeta],
        now: Callable[[], datetime],
        kind: str | None = None,
        *,
        sanitize: bool = False,
    ) -> TimedRun | None:
        """The session left running (of `kind`, when given), or None."""
        found = q.unfinished(store, kind)
        if found is None:
            return None
        return cls(store, settings, found, {m.slug: m for m in metas}, now, sanitize=sanitize)

    # -- the clock ---------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.row.kind

    @property
    def name(self) -> str:
        return NAMES.get(self.kind, self.kind)

    @property
    def language(self) -> str:
        return self.row.language

    @property
    def deadline(self) -> datetime:
        return self.row.started_at + timedelta(minutes=self.row.minutes)

    def remaining_s(self) -> float:
        return max(0.0, (self.deadline - self.now()).total_seconds())

    def problem_remaining_s(self) -> float | None:
        """A mock's own box for the problem in front of the user (None when shared)."""
        if self.row.problem_minutes is None or self.current is None:
            return None
        spent = self.active_s(self.current)
        return max(0.0, self.row.problem_minutes * 60 - spent)

    def active_s(self, position: int) -> float:
        stored = self.row.problems[position - 1].active_s
        if position == self.current and self._since is not None:
            stored += max(0.0, (self.now() - self._since).total_seconds())
        return stored

    @property
    def over(self) -> bool:
        return self.row.ended_at is not None

    def time_up(self) -> bool:
        return self.remaining_s() <= 0

    def problem_time_up(self) -> bool:
        left = self.problem_remaining_s()
        return left is not None and left <= 0

    # -- the problems ----------------------------------------------------------------------

    @property
    def count(self) -> int:
        return len(self.metas)

    @property
    def hides_patterns(self) -> bool:
        """A mock hides the pattern (the interviewer doesn't say which one it is)."""
        return self.kind == "mock" or not self.settings.practice.show_patterns

    @property
    def shows_reference(self) -> bool:
        """A mock shows no reference until it is over."""
        return self.kind != "mock"

    def status(self, position: int) -> str:
        """solved | gave up | open | not opened (as stored, after the latest change)."""
        item = self.row.problems[position - 1]
        return {"accepted": "solved", "gave_up": "gave up", "open": "open"}.get(
            item.outcome or "", "not opened"
        )

    def finished(self, position: int) -> bool:
        return self.status(position) in ("solved", "gave up")

    def next_open(self, after: int = 0) -> int | None:
        """The next problem (in order, wrapping) not yet solved or given up."""
        for step in range(1, self.count + 1):
            position = (after + step - 1) % self.count + 1
            if not self.finished(position):
                return position
        return None

    def practice(self, position: int) -> PracticeSession:
        session = self._practice.get(position)
        if session is None:
            session = PracticeSession(
                self.store,
                self.settings,
                self.metas[position - 1],
                self.now,
                language=self.language,
                sanitize=self.sanitize,
            )
            self._practice[position] = session
        return session

    def _charge(self) -> None:
        """Add the time since the current problem came up to its account, in the store."""
        if self.current is None or self._since is None:
            return
        instant = self.now()
        q.add_active(
            self.store, self.id, self.current, max(0.0, (instant - self._since).total_seconds())
        )
        self._since = instant

    def _reload(self) -> None:
        self.row = q.get_session(self.store, self.id)

    def open(self, position: int) -> PracticeSession:
        """Put problem `position` (1-based) in front of the user: its attempt starts (or
        resumes, its file as it was left) and its own clock runs; the previous one's stops."""
        if not 1 <= position <= self.count:
            raise DrillError(f"this {self.name} has problems 1 to {self.count}")
        if self.over:
            raise DrillError(f"this {self.name} is over")
        self._charge()
        session = self.practice(position)
        if not session.finished and not self.finished(position):
            attempt = session.start()
            if self.row.problems[position - 1].attempt_id != attempt.id:
                q.attach_attempt(self.store, self.id, position, attempt.id)
        self.current = position
        self._since = None if self.finished(position) else self.now()
        self._reload()
        return session

    def judge(self, code: str, *, cancel: threading.Event | None = None) -> Judged:
        """Judge the current problem's saved code (as PracticeSession.judge)."""
        if self.current is None:
            raise DrillError("no problem is open")
        judged = self.practice(self.current).judge(code, cancel=cancel)
        if judged.outcome.finished:
            self._charge()
            self._since = None  # a solved problem's clock stops, even while it stays shown
        self._reload()
        return judged

    def give_up(self) -> GaveUp:
        """Give up the current problem (a mock keeps its reference until the end)."""
        if self.current is None:
            raise DrillError("no problem is open")
        gave_up = self.practice(self.current).give_up()
        self._charge()
        self._since = None
        self._reload()
        return gave_up

    def leave(self) -> None:
        """Stop watching (the session keeps running, as a contest clock does): the time so
        far is kept, and `resume` picks it up."""
        self._charge()
        self.current = None
        self._since = None

    def finish(self) -> Summary:
        """End the session (time up, or the user ends it): problems still open are closed as
        given up, their code kept, so they come back on the re-solve schedule."""
        self._charge()
        instant = self.now()
        for position in range(1, self.count + 1):
            if self.status(position) == "open":
                session = self.practice(position)
                if not session.finished:
                    session.start()
                    session.give_up()
        self._reload()
        summary = summarize(self.row)
        score = summary.contest.score if summary.contest else None
        finish = summary.contest.finish_s if summary.contest else None
        q.end_session(self.store, self.id, instant, score, finish)
        self.current, self._since = None, None
        self._reload()
        return summarize(self.row, self._all_metas)

    def save_notes(self, notes: str, *, to_oops: bool = False) -> int | None:
        """Keep the user's retro with the session and in the learning log; with `to_oops`,
        also as an Oops entry (its id)."""
        notes = notes.strip()
        q.set_notes(self.store, self.id, notes)
        self._reload()
        if notes:  # the session's line in the learning log (`drill log`, the weekly recap)
            learning_log.add_entry(
                self.store, self.settings, notes, source="set", instant=self.now()
            )
        if to_oops and notes:
            slugs = ", ".join(p.slug for p in self.row.problems)
            entry = oops.add(self.store, self.now(), f"{self.name}: {notes} ({slugs})", "other")
            return entry.id
        return None

    def summary(self) -> Summary:
        return summarize(self.row, self._all_metas)


def report_lines(summary: Summary) -> list[str]:
    """The end-of-session report, as printed and as the TUI shows it."""
    name = NAMES.get(summary.kind, summary.kind)
    out = [
        f"{name} over: {summary.solved}/{len(summary.results)} solved "
        f"({summary.minutes} min box, started {summary.started_at:%Y-%m-%d %H:%M} UTC)"
    ]
    width = max((len(r.title) for r in summary.results), default=10)
    for r in summary.results:
        state = "solved" if r.solved else ("unsolved" if r.opened else "not opened")
        spent = f"{clock(r.active_s)} / {r.target_minutes} min" if r.opened else "-"
        runs = ", ".join(r.verdicts) if r.verdicts else "no runs"
        line = f"  {r.position}. {r.title:<{width}}  {r.difficulty:<6} {state:<10} {spent:<14}"
        if r.opened:
            line += f" {runs}"
            if r.oops:
                line += f" · {r.oops} Oops"
        out.append(line.rstrip())
    if summary.contest is not None:
        c = summary.contest
        wrong = sum(r.wrong for r in summary.results if r.solved)
        out.append(
            f"score {c.score}/{c.possible} · finish time {clock(c.finish_s)}"
            + (f" (with {wrong} wrong submission(s) x 5 min)" if wrong else "")
        )
    if summary.mock is not None:
        m = summary.mock
        out.append("rubric (a point each): solved · optimal complexity · in time · <=1 wrong")
        for r in summary.results:
            marks = [
                "solved" if r.solved else "not solved",
                {True: "optimal", False: "too slow first", None: "complexity unknown"}[r.optimal],
                "in time" if r.on_time else "over time",
                f"{r.wrong} wrong",
            ]
            out.append(f"  {r.position}. {r.slug}: {' · '.join(marks)}")
        out.append(f"mock score {m.points}/{m.possible}: {m.verdict}")
    return out


def history(store: Store, kind: str | None = None) -> list[Summary]:
    """Past sessions (of `kind`), newest first."""
    return [summarize(row) for row in q.past_sessions(store, kind)]


def end_waiting(
    store: Store,
    settings: Settings,
    metas: Sequence[ProblemMeta],
    now: Callable[[], datetime],
    kind: str | None = None,
) -> Summary | None:
    """End the session left running (`drill set --end`), if any."""
    run = TimedRun.resume(store, settings, metas, now, kind)
    return None if run is None else run.finish()
