"""The SQL behind timed sessions (sets, mocks, contests): plain dataclasses out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from drill.errors import NotFoundError
from drill.store.db import Store
from drill.store.models import (
    Attempt,
    JudgeRun,
    Oops,
    Problem,
    TimedSession,
    TimedSessionProblem,
)


@dataclass(frozen=True)
class History:
    """What the user has done with one problem, for choosing a session's problems."""

    slug: str
    last_tried: date | None
    attempts: int
    first_try: int


def histories(store: Store) -> dict[str, History]:
    with store.read() as s:
        rows = s.execute(
            select(
                Problem.slug,
                func.max(Attempt.started_at),
                func.count(Attempt.id),
                func.sum(
                    case(
                        (and_(Attempt.outcome == "accepted", Attempt.failed_runs == 0), 1),
                        else_=0,
                    )
                ),
            )
            .join(Attempt, Attempt.problem_id == Problem.id)
            .group_by(Problem.slug)
        ).all()
    out = {}
    for slug, last, count, first in rows:
        out[slug] = History(slug, last.date() if last else None, int(count), int(first or 0))
    return out


@dataclass(frozen=True)
class SessionProblem:
    position: int
    slug: str
    title: str
    difficulty: str
    target_minutes: int
    attempt_id: int | None
    active_s: float
    points: int
    outcome: str | None  # the attempt's: open | accepted | gave_up; None before it is opened
    ended_at: datetime | None
    verdicts: tuple[str, ...]
    oops: int


@dataclass(frozen=True)
class SessionRow:
    id: int
    kind: str
    started_at: datetime
    minutes: int
    problem_minutes: int | None
    ended_at: datetime | None
    language: str
    chosen_by: str
    notes: str
    score: int | None
    penalty_s: float | None
    problems: tuple[SessionProblem, ...]


def create_session(
    store: Store,
    *,
    kind: str,
    started_at: datetime,
    minutes: int,
    problem_minutes: int | None = None,
    language: str,
    chosen_by: str,
    problems: Sequence[tuple[str, int]],
    machine: str | None,
) -> int:
    """A new session over `problems` ((slug, points), in order); its id."""
    with store.session() as s:
        ids = dict(
            s.execute(
                select(Problem.slug, Problem.id).where(Problem.slug.in_([p for p, _ in problems]))
            ).all()
        )
        missing = [slug for slug, _ in problems if slug not in ids]
        if missing:
            raise NotFoundError(f"no problem {missing[0]!r} in the store; run `drill problems`")
        row = TimedSession(
            kind=kind,
            started_at=started_at,
            minutes=minutes,
            problem_minutes=problem_minutes,
            language=language,
            chosen_by=chosen_by,
            notes="",
            machine=machine,
        )
        s.add(row)
        s.flush()
        for position, (slug, points) in enumerate(problems, 1):
            s.add(
                TimedSessionProblem(
                    session_id=row.id,
                    position=position,
                    problem_id=ids[slug],
                    active_s=0.0,
                    points=points,
                )
            )
        return row.id


def unfinished(store: Store, kind: str | None = None) -> int | None:
    """The newest session not yet ended (of `kind`, when given)."""
    with store.read() as s:
        query = select(TimedSession.id).where(TimedSession.ended_at.is_(None))
        if kind is not None:
            query = query.where(TimedSession.kind == kind)
        found = s.scalar(query.order_by(TimedSession.id.desc()).limit(1))
        return None if found is None else int(found)


def _rows(s: Session, ids: Sequence[int]) -> list[SessionRow]:
    if not ids:
        return []
    sessions = {
        t.id: t for t in s.scalars(select(TimedSession).where(TimedSession.id.in_(list(ids))))
    }
    items = s.execute(
        select(TimedSessionProblem, Problem)
        .join(Problem, Problem.id == TimedSessionProblem.problem_id)
        .where(TimedSessionProblem.session_id.in_(list(ids)))
        .order_by(TimedSessionProblem.session_id, TimedSessionProblem.position)
    ).all()
    attempt_ids = [item.attempt_id for item, _ in items if item.attempt_id is not None]
    attempts = {a.id: a for a in s.scalars(select(Attempt).where(Attempt.id.in_(attempt_ids)))}
    verdicts: dict[int, list[str]] = {}
    for attempt_id, verdict in s.execute(
        select(JudgeRun.attempt_id, JudgeRun.verdict)
        .where(JudgeRun.attempt_id.in_(attempt_ids))
        .order_by(JudgeRun.id)
    ).all():
        verdicts.setdefault(attempt_id, []).append(verdict)
    oops = dict(
        s.execute(
            select(Oops.attempt_id, func.count())
            .where(Oops.attempt_id.in_(attempt_ids))
            .group_by(Oops.attempt_id)
        ).all()
    )
    by_session: dict[int, list[SessionProblem]] = {i: [] for i in ids}
    for item, problem in items:
        attempt = attempts.get(item.attempt_id) if item.attempt_id is not None else None
        by_session[item.session_id].append(
            SessionProblem(
                item.position,
                problem.slug,
                problem.title,
                problem.difficulty,
                problem.target_minutes,
                item.attempt_id,
                item.active_s,
                item.points,
                attempt.outcome if attempt else None,
                attempt.ended_at if attempt else None,
                tuple(verdicts.get(item.attempt_id or -1, ())),
                int(oops.get(item.attempt_id, 0)),
            )
        )
    out = []
    for i in ids:
        t = sessions.get(i)
        if t is None:
            raise NotFoundError(f"no timed session #{i}")
        out.append(
            SessionRow(
                t.id,
                t.kind,
                t.started_at,
                t.minutes,
                t.problem_minutes,
                t.ended_at,
                t.language,
                t.chosen_by,
                t.notes,
                t.score,
                t.penalty_s,
                tuple(by_session[i]),
            )
        )
    return out


def get_session(store: Store, session_id: int) -> SessionRow:
    with store.read() as s:
        return _rows(s, [session_id])[0]


def past_sessions(store: Store, kind: str | None = None, limit: int = 50) -> list[SessionRow]:
    """Ended sessions, newest first."""
    with store.read() as s:
        query = select(TimedSession.id).where(TimedSession.ended_at.is_not(None))
        if kind is not None:
            query = query.where(TimedSession.kind == kind)
        ids = [int(i) for i in s.scalars(query.order_by(TimedSession.id.desc()).limit(limit))]
        return _rows(s, ids)


def _item(s: Session, session_id: int, position: int) -> TimedSessionProblem:
    item = s.get(TimedSessionProblem, (session_id, position))
    if item is None:
        raise NotFoundError(f"timed session #{session_id} has no problem {position}")
    return item


def attach_attempt(store: Store, session_id: int, position: int, attempt_id: int) -> None:
    with store.session() as s:
        _item(s, session_id, position).attempt_id = attempt_id


def add_active(store: Store, session_id: int, position: int, seconds: float) -> None:
    """Add time the user spent with this problem in front of them."""
    if seconds <= 0:
        return
    with store.session() as s:
        _item(s, session_id, position).active_s += seconds


def end_session(
    store: Store,
    session_id: int,
    ended_at: datetime,
    score: int | None = None,
    penalty_s: float | None = None,
) -> None:
    with store.session() as s:
        row = s.get(TimedSession, session_id)
        if row is None:
            raise NotFoundError(f"no timed session #{session_id}")
        if row.ended_at is None:
            row.ended_at = ended_at
        row.score, row.penalty_s = score, penalty_s


def set_notes(store: Store, session_id: int, notes: str) -> None:
    with store.session() as s:
        row = s.get(TimedSession, session_id)
        if row is None:
            raise NotFoundError(f"no timed session #{session_id}")
        row.notes = notes
