"""The database schema as typed SQLAlchemy 2.0 models."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back aware, on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware UTC instant")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Small key/value facts about this store."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Scheduled:
    """SM-2 state shared by cards and problems; EF in whole hundredths, due as a study day."""

    repetitions: Mapped[int] = mapped_column(Integer, default=0)
    ef: Mapped[int] = mapped_column(Integer, default=250)
    interval: Mapped[int] = mapped_column(Integer, default=0)
    due: Mapped[date | None] = mapped_column(Date, default=None)
    lapses: Mapped[int] = mapped_column(Integer, default=0)


class Deck(Base):
    __tablename__ = "decks"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    cards: Mapped[list[Card]] = relationship(back_populates="deck")


class Card(Scheduled, Base):
    __tablename__ = "cards"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    note_id: Mapped[str] = mapped_column(String(200), index=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    ord: Mapped[int] = mapped_column(Integer, default=0)
    front: Mapped[str] = mapped_column(Text)
    back: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="")
    source_root: Mapped[str] = mapped_column(String(100), default="")
    """The named deck root holding the card's file (shipped, user, a --decks name); "" for a
    card stored before roots existed, whose `source_path` is still absolute."""
    source_path: Mapped[str] = mapped_column(Text, default="")
    """The file's path inside its root, with / separators."""
    source_line: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    leech: Mapped[bool] = mapped_column(Boolean, default=False)
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    learning_day: Mapped[date | None] = mapped_column(Date, default=None)
    scheduler: Mapped[str] = mapped_column(String(16), default="sm2", server_default="sm2")
    """The algorithm that set the card's schedule (sm2 | fsrs)."""
    stability: Mapped[float | None] = mapped_column(Float, default=None)
    difficulty: Mapped[float | None] = mapped_column(Float, default=None)
    """FSRS's memory state; None while the card has only known SM-2."""
    buried_day: Mapped[date | None] = mapped_column(Date, default=None)
    """Buried on this study day: out of the queue until the next."""
    deck: Mapped[Deck] = relationship(back_populates="cards")

    __table_args__ = (
        Index("ix_cards_queue", "removed", "suspended", "due"),
        # partial: the few cards with a day set, so the planner always finds them by it
        Index(
            "ix_cards_learning",
            "learning_day",
            sqlite_where=text("learning_day IS NOT NULL"),
            postgresql_where=text("learning_day IS NOT NULL"),
        ),
        Index("ix_cards_source", "source_root", "source_path"),
        Index(
            "ix_cards_buried",
            "buried_day",
            sqlite_where=text("buried_day IS NOT NULL"),
            postgresql_where=text("buried_day IS NOT NULL"),
        ),
        Index("ix_cards_deck_due", "deck_id", "due"),
    )


class DeckFile(Base):
    """What one machine last synced of one deck file: its content hash and its stat.

    Kept per machine, so a file one machine lacks or holds in an older version never changes
    what another machine synced: only the machine that saw a file change or go acts on it."""

    __tablename__ = "deck_files"
    machine: Mapped[str] = mapped_column(String(64), primary_key=True)
    root: Mapped[str] = mapped_column(String(100), primary_key=True)
    path: Mapped[str] = mapped_column(String(1000), primary_key=True)
    sha1: Mapped[str] = mapped_column(String(40))
    mtime_ns: Mapped[int] = mapped_column(BigInteger, default=0)
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    synced_at: Mapped[datetime] = mapped_column(UTCDateTime)
    uids: Mapped[str] = mapped_column(Text, default="")
    """The card uids this machine last read in the file, one a line: a card is suspended as
    removed only when a machine that saw it in the file sees the file without it."""


class ReviewLog(Base):
    """One answer: what was pressed, when, how long it took, and the state before and after."""

    __tablename__ = "review_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    study_day: Mapped[date] = mapped_column(Date)
    quality: Mapped[int] = mapped_column(Integer)
    answer_ms: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))  # new | review | repeat
    reps_before: Mapped[int] = mapped_column(Integer)
    ef_before: Mapped[int] = mapped_column(Integer)
    interval_before: Mapped[int] = mapped_column(Integer)
    reps_after: Mapped[int] = mapped_column(Integer)
    ef_after: Mapped[int] = mapped_column(Integer)
    interval_after: Mapped[int] = mapped_column(Integer)
    due_after: Mapped[date | None] = mapped_column(Date)
    before: Mapped[str] = mapped_column(Text)  # JSON snapshot of every scheduling column, for undo
    session: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    """The review session that gave the answer: undo only takes back its own session's."""
    machine: Mapped[str | None] = mapped_column(String(64), default=None)
    scheduler: Mapped[str] = mapped_column(String(16), default="sm2", server_default="sm2")
    stability_after: Mapped[float | None] = mapped_column(Float, default=None)
    difficulty_after: Mapped[float | None] = mapped_column(Float, default=None)

    __table_args__ = (
        Index("ix_review_log_day_kind", "study_day", "kind"),
        # covers the progress figures (answers and time per day, true retention), so they
        # read the index alone, never a million table rows
        Index(
            "ix_review_log_progress",
            "study_day",
            "kind",
            "interval_before",
            "quality",
            "card_id",
            "answer_ms",
        ),
    )


class Problem(Scheduled, Base):
    __tablename__ = "problems"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(64), index=True)
    difficulty: Mapped[str] = mapped_column(String(16))
    patterns: Mapped[str] = mapped_column(Text, default="")
    source_path: Mapped[str] = mapped_column(Text, default="")
    target_minutes: Mapped[int] = mapped_column(Integer, default=20)


class Attempt(Base):
    """One timed practice session on a problem, from start to accepted or giving up."""

    __tablename__ = "attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    duration_s: Mapped[float | None] = mapped_column(Float, default=None)
    outcome: Mapped[str] = mapped_column(String(16), default="open")  # open|accepted|gave_up
    runs: Mapped[int] = mapped_column(Integer, default=0)
    failed_runs: Mapped[int] = mapped_column(Integer, default=0)
    grade: Mapped[int | None] = mapped_column(Integer, default=None)
    solution_path: Mapped[str] = mapped_column(Text, default="")
    final_code: Mapped[str] = mapped_column(Text, default="")


class JudgeRun(Base):
    """One verdict within an attempt (one per save)."""

    __tablename__ = "judge_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(
        ForeignKey("attempts.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    verdict: Mapped[str] = mapped_column(String(32))
    passed: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    elapsed_s: Mapped[float] = mapped_column(Float, default=0.0)
    detail: Mapped[str] = mapped_column(Text, default="{}")  # the judge's JSON
    code: Mapped[str] = mapped_column(Text, default="")


class Oops(Base):
    """A mistake worth revisiting: from the judge, or written by hand."""

    __tablename__ = "oops"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    category: Mapped[str] = mapped_column(String(32), default="other")
    text: Mapped[str] = mapped_column(Text, default="")
    problem_id: Mapped[int | None] = mapped_column(ForeignKey("problems.id"), default=None)
    card_id: Mapped[int | None] = mapped_column(
        ForeignKey("cards.id", ondelete="SET NULL"), default=None
    )
    attempt_id: Mapped[int | None] = mapped_column(
        ForeignKey("attempts.id", ondelete="SET NULL"), default=None
    )
    verdict: Mapped[str | None] = mapped_column(String(32), default=None)
    counterexample: Mapped[str | None] = mapped_column(Text, default=None)
    code: Mapped[str | None] = mapped_column(Text, default=None)
    fingerprint: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    card_uid: Mapped[str | None] = mapped_column(String(200), default=None)


class Recap(Base):
    """What drill cannot know about a week (asked once): the user's one-line win, whether the
    ML notebook and a mock interview were done, a contest percentile."""

    __tablename__ = "recaps"
    week: Mapped[str] = mapped_column(String(10), primary_key=True)  # ISO week, 2026-W02
    win: Mapped[str | None] = mapped_column(Text, default=None)
    notebook: Mapped[bool | None] = mapped_column(Boolean, default=None)
    mock: Mapped[bool | None] = mapped_column(Boolean, default=None)
    percentile: Mapped[float | None] = mapped_column(Float, default=None)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class TimedSession(Base):
    """A timed block of several problems under one clock: a set, a mock interview or a contest."""

    __tablename__ = "timed_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # set | mock | contest
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    minutes: Mapped[int] = mapped_column(Integer)  # the time box
    problem_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    """A mock's box per problem (45 each); None when the problems share the whole box."""
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    language: Mapped[str] = mapped_column(String(16), default="python")
    chosen_by: Mapped[str] = mapped_column(Text, default="")  # how the problems were picked
    notes: Mapped[str] = mapped_column(Text, default="")  # the user's own retro
    score: Mapped[int | None] = mapped_column(Integer, default=None)  # contests
    penalty_s: Mapped[float | None] = mapped_column(Float, default=None)
    machine: Mapped[str | None] = mapped_column(String(64), default=None)


class TimedSessionProblem(Base):
    """One problem of a timed session, its attempt and the time the user spent on it."""

    __tablename__ = "timed_session_problems"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("timed_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1, 2, ...
    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id"))
    attempt_id: Mapped[int | None] = mapped_column(
        ForeignKey("attempts.id", ondelete="SET NULL"), default=None
    )
    active_s: Mapped[float] = mapped_column(Float, default=0.0)
    """Seconds with this problem in front of the user (switching stops its clock)."""
    points: Mapped[int] = mapped_column(Integer, default=0)  # contests: by difficulty


class LogEntry(Base):
    """The daily learning log: one line of "what did I learn", with its study day."""

    __tablename__ = "log_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="hand")  # review|practice|set|hand
    machine: Mapped[str | None] = mapped_column(String(64), default=None)
