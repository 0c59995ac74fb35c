"""The SQL behind review, browse and the home screen's figures; plain dataclasses out."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, func, or_, select

from drill.core import sm2
from drill.core.session_rules import CardState, Graded
from drill.errors import NotFoundError
from drill.store.db import Store
from drill.store.models import Attempt, Card, Deck, ReviewLog

MATURE_DAYS = 21


@dataclass(frozen=True)
class Scope:
    """Part of the collection to study: some decks and/or one tag (empty = everything)."""

    decks: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class CardView:
    """A card as the UI shows it: content, where it came from, and its schedule."""

    id: int
    uid: str
    note_id: str
    deck: str
    kind: str
    ord: int
    front: str
    back: str
    tags: tuple[str, ...]
    source_root: str
    source_path: str
    source_line: int
    state: sm2.SM2State
    due: date | None
    lapses: int
    reviews: int
    learning: bool
    suspended: bool
    leech: bool

    @property
    def is_new(self) -> bool:
        return self.due is None


@dataclass(frozen=True)
class Limits:
    """Today's budget: the most new cards and due reviews to show."""

    new_per_day: int
    max_reviews_per_day: int


@dataclass(frozen=True)
class DueCounts:
    new: int
    review: int
    learning: int

    @property
    def total(self) -> int:
        return self.new + self.review + self.learning

    def as_dict(self) -> dict[str, int]:
        return {
            "new": self.new,
            "review": self.review,
            "learning": self.learning,
            "total": self.total,
        }


@dataclass(frozen=True)
class DeckRow:
    name: str
    cards: int
    new: int
    due: int
    learning: int
    mature: int
    suspended: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "deck": self.name,
            "cards": self.cards,
            "new": self.new,
            "due": self.due,
            "learning": self.learning,
            "mature": self.mature,
            "suspended": self.suspended,
        }


# ---------------------------------------------------------------- the queue


def _scope_where(scope: Scope) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if scope.decks:
        clauses.append(Card.deck_id.in_(select(Deck.id).where(Deck.name.in_(scope.decks))))
    for tag in scope.tags:
        if tag == "leech":
            clauses.append(Card.leech.is_(True))
        else:
            clauses.append((" " + Card.tags + " ").contains(f" {tag} "))
    return clauses


def _state(card: Card) -> CardState:
    return CardState(
        repetitions=card.repetitions,
        ef=card.ef,
        interval=card.interval,
        due=card.due,
        lapses=card.lapses,
        reviews=card.reviews,
        last_review=card.last_review,
        learning_day=card.learning_day,
        suspended=card.suspended,
        leech=card.leech,
    )


def _view(card: Card, deck_name: str, day: date) -> CardView:
    tags = tuple(card.tags.split()) + (("leech",) if card.leech else ())
    return CardView(
        id=card.id,
        uid=card.uid,
        note_id=card.note_id,
        deck=deck_name,
        kind=card.kind,
        ord=card.ord,
        front=card.front,
        back=card.back,
        tags=tags,
        source_root=card.source_root,
        source_path=card.source_path,
        source_line=card.source_line,
        state=sm2.SM2State.from_hundredths(card.repetitions, card.ef, card.interval),
        due=card.due,
        lapses=card.lapses,
        reviews=card.reviews,
        learning=card.learning_day == day,
        suspended=card.suspended or card.removed,
        leech=card.leech,
    )


def _active() -> ColumnElement[bool]:
    return and_(Card.removed.is_(False), Card.suspended.is_(False))


def _done_today(s: Any, day: date) -> tuple[int, int]:
    """(new cards introduced, due reviews answered) on this study day."""
    rows = s.execute(
        select(ReviewLog.kind, func.count())
        .where(ReviewLog.study_day == day, ReviewLog.kind.in_(("new", "review")))
        .group_by(ReviewLog.kind)
    ).all()
    counts = {kind: n for kind, n in rows}
    return counts.get("new", 0), counts.get("review", 0)


def _reviews_query(day: date, scope: Scope) -> Select[Any]:
    return select(Card).where(
        _active(),
        Card.due.is_not(None),
        Card.due <= day,
        or_(Card.learning_day.is_(None), Card.learning_day != day),
        *_scope_where(scope),
    )


def _repeats_query(day: date, scope: Scope) -> Select[Any]:
    return select(Card).where(_active(), Card.learning_day == day, *_scope_where(scope))


def _new_query(scope: Scope) -> Select[Any]:
    return select(Card).where(_active(), Card.due.is_(None), *_scope_where(scope))


def due_counts(store: Store, day: date, limits: Limits, scope: Scope) -> DueCounts:
    with store.read() as s:
        new_done, reviews_done = _done_today(s, day)
        n_reviews = s.scalar(
            select(func.count()).select_from(_reviews_query(day, scope).subquery())
        )
        n_repeats = s.scalar(
            select(func.count()).select_from(_repeats_query(day, scope).subquery())
        )
        n_new = s.scalar(select(func.count()).select_from(_new_query(scope).subquery()))
    review_left = max(0, limits.max_reviews_per_day - reviews_done)
    new_left = max(0, limits.new_per_day - new_done)
    return DueCounts(
        new=min(n_new or 0, new_left),
        review=min(n_reviews or 0, review_left),
        learning=n_repeats or 0,
    )


def next_card(
    store: Store, day: date, limits: Limits, scope: Scope, skip: frozenset[int]
) -> CardView | None:
    """The next card of the queue: due reviews (most overdue first), then same-day repeats,
    then new cards, each within today's limits; None when the queue is empty."""
    with store.read() as s:
        new_done, reviews_done = _done_today(s, day)
        candidates: list[Select[Any]] = []
        if reviews_done < limits.max_reviews_per_day:
            candidates.append(_reviews_query(day, scope).order_by(Card.due, Card.id))
        candidates.append(_repeats_query(day, scope).order_by(Card.last_review, Card.id))
        if new_done < limits.new_per_day:
            candidates.append(_new_query(scope).order_by(Card.id))
        for query in candidates:
            if skip:
                query = query.where(Card.id.not_in(skip))
            card = s.scalars(query.limit(1)).first()
            if card is not None:
                return _view(card, card.deck.name, day)
    return None


def get_card(store: Store, card_id: int, day: date) -> CardView:
    with store.read() as s:
        card = s.get(Card, card_id)
        if card is None:
            raise NotFoundError(f"no card with id {card_id}")
        return _view(card, card.deck.name, day)


# ---------------------------------------------------------------- answering and undo


def _snapshot(card: Card) -> str:
    return json.dumps(
        {
            "repetitions": card.repetitions,
            "ef": card.ef,
            "interval": card.interval,
            "due": card.due.isoformat() if card.due else None,
            "lapses": card.lapses,
            "reviews": card.reviews,
            "last_review": card.last_review.isoformat() if card.last_review else None,
            "learning_day": card.learning_day.isoformat() if card.learning_day else None,
            "suspended": card.suspended,
            "leech": card.leech,
        }
    )


def _restore(card: Card, raw: str) -> None:
    snap = json.loads(raw)
    card.repetitions = snap["repetitions"]
    card.ef = snap["ef"]
    card.interval = snap["interval"]
    card.due = date.fromisoformat(snap["due"]) if snap["due"] else None
    card.lapses = snap["lapses"]
    card.reviews = snap["reviews"]
    card.last_review = datetime.fromisoformat(snap["last_review"]) if snap["last_review"] else None
    card.learning_day = date.fromisoformat(snap["learning_day"]) if snap["learning_day"] else None
    card.suspended = snap["suspended"]
    card.leech = snap["leech"]


@dataclass(frozen=True)
class AnswerLog:
    """What the review log records beside the states: when, how long, who."""

    instant: datetime
    day: date
    quality: int
    answer_ms: int
    session: str | None
    machine: str


def answer_card(
    store: Store, card_id: int, rule: Callable[[CardState], Graded], log: AnswerLog
) -> tuple[CardView, Graded]:
    """Apply `rule` to the card's current state and log it, in one transaction.

    The transaction holds the write lock (and on PostgreSQL the card's row lock) from its
    start and reads the card inside it, so two answers at once apply one after the other."""
    with store.session() as s:
        card = s.get(Card, card_id, with_for_update=True, populate_existing=True)
        if card is None:
            raise NotFoundError(f"no card with id {card_id}")
        before = _snapshot(card)
        reps_before, ef_before, ivl_before = card.repetitions, card.ef, card.interval
        graded = rule(_state(card))
        new = graded.state
        card.repetitions, card.ef, card.interval = new.repetitions, new.ef, new.interval
        card.due, card.lapses, card.reviews = new.due, new.lapses, new.reviews
        card.last_review, card.learning_day = new.last_review, new.learning_day
        card.suspended, card.leech = new.suspended, new.leech
        s.add(
            ReviewLog(
                card_id=card.id,
                reviewed_at=log.instant,
                study_day=log.day,
                quality=log.quality,
                answer_ms=max(0, int(log.answer_ms)),
                kind=graded.kind,
                reps_before=reps_before,
                ef_before=ef_before,
                interval_before=ivl_before,
                reps_after=card.repetitions,
                ef_after=card.ef,
                interval_after=card.interval,
                due_after=card.due,
                before=before,
                session=log.session,
                machine=log.machine,
            )
        )
        s.flush()
        return _view(card, card.deck.name, log.day), graded


def undo_last(store: Store, session: str, machine: str, day: date) -> CardView | None:
    """Take back this session's newest answer on this machine (None: nothing to undo).

    An answer another session gave the card since is never overwritten: then nothing is
    undone."""
    with store.session() as s:
        log = s.scalars(
            select(ReviewLog)
            .where(ReviewLog.session == session, ReviewLog.machine == machine)
            .order_by(ReviewLog.id.desc())
            .limit(1)
        ).first()
        if log is None:
            return None
        card = s.get(Card, log.card_id, with_for_update=True, populate_existing=True)
        assert card is not None
        newer = s.scalar(
            select(ReviewLog.id).where(ReviewLog.card_id == card.id, ReviewLog.id > log.id)
        )
        if newer is not None:
            return None
        _restore(card, log.before)
        s.delete(log)
        s.flush()
        return _view(card, card.deck.name, day)


def set_suspended(store: Store, card_id: int, suspended: bool) -> None:
    with store.session() as s:
        card = s.get(Card, card_id, with_for_update=True)
        if card is None:
            raise NotFoundError(f"no card with id {card_id}")
        card.suspended = suspended
        if not suspended:
            card.leech = False


# ---------------------------------------------------------------- decks and figures


def deck_names(store: Store) -> set[str]:
    """The names of the decks in the store (cheap: no card is read)."""
    with store.read() as s:
        return set(s.scalars(select(Deck.name)))


def deck_rows(store: Store, day: date) -> list[DeckRow]:
    """One row per deck: cards, new, due today, learning, mature, suspended."""
    active = and_(Card.removed.is_(False), Card.suspended.is_(False))
    total = func.count(Card.id)

    def n(cond: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(func.cast(cond, Integer)), 0)

    query = (
        select(
            Deck.name,
            total,
            n(and_(active, Card.due.is_(None))),
            n(and_(active, Card.due.is_not(None), Card.due <= day)),
            n(and_(active, Card.learning_day == day)),
            n(and_(active, Card.interval >= MATURE_DAYS)),
            n(or_(Card.removed.is_(True), Card.suspended.is_(True))),
        )
        .join(Card, Card.deck_id == Deck.id, isouter=True)
        .group_by(Deck.id, Deck.name)
        .order_by(Deck.name)
    )
    with store.read() as s:
        return [
            DeckRow(name, int(c), int(a), int(b), int(d), int(e), int(f))
            for name, c, a, b, d, e, f in s.execute(query).all()
        ]


def study_days(store: Store, up_to: date) -> set[date]:
    """The study days with at least one answer, up to and including `up_to`."""
    with store.read() as s:
        return set(
            s.scalars(select(ReviewLog.study_day).distinct().where(ReviewLog.study_day <= up_to))
        )


def due_by_day(store: Store, last: date) -> dict[date, int]:
    """Active cards falling due on each day up to `last` (overdue days included)."""
    with store.read() as s:
        rows = s.execute(
            select(Card.due, func.count())
            .where(_active(), Card.due.is_not(None), Card.due <= last)
            .group_by(Card.due)
        ).all()
    return {d: int(n) for d, n in rows if d is not None}


@dataclass(frozen=True)
class Totals:
    cards: int
    reviews: int
    attempts: int


def totals(store: Store) -> Totals:
    with store.read() as s:
        cards = s.scalar(select(func.count()).select_from(Card).where(Card.removed.is_(False)))
        reviews = s.scalar(select(func.count()).select_from(ReviewLog))
        attempts = s.scalar(select(func.count()).select_from(Attempt))
    return Totals(int(cards or 0), int(reviews or 0), int(attempts or 0))


# ---------------------------------------------------------------- browse


@dataclass(frozen=True)
class CardRow:
    """A card as Browse lists it: enough to show, search and (un)suspend it."""

    id: int
    uid: str
    deck: str
    kind: str
    ord: int
    front: str
    back: str
    tags: str
    due: date | None
    reviews: int
    lapses: int
    suspended: bool
    removed: bool
    leech: bool
    source_root: str
    source_path: str
    source_line: int

    @property
    def status(self) -> str:
        if self.removed:
            return "removed"
        if self.suspended:
            return "leech" if self.leech else "suspended"
        return "new" if self.due is None else "review"


@dataclass(frozen=True)
class CardPage:
    rows: list[CardRow]
    total: int  # matches before the limit


def find_cards(store: Store, deck: str | None, text: str, limit: int) -> CardPage:
    """Cards of one deck (or all) whose front, back, tags or ID contain every word of `text`
    (case-insensitive)."""
    where = []
    if deck:
        where.append(Deck.name == deck)
    for word in text.split():
        pattern = f"%{word.lower()}%"
        where.append(
            or_(
                func.lower(Card.front).like(pattern),
                func.lower(Card.back).like(pattern),
                func.lower(Card.tags).like(pattern),
                func.lower(Card.uid).like(pattern),
            )
        )
    query = select(Card, Deck.name).join(Deck, Card.deck_id == Deck.id).where(*where)
    with store.read() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
        found = s.execute(query.order_by(Deck.name, Card.id).limit(limit)).all()
        rows = [
            CardRow(
                id=c.id,
                uid=c.uid,
                deck=name,
                kind=c.kind,
                ord=c.ord,
                front=c.front,
                back=c.back,
                tags=c.tags,
                due=c.due,
                reviews=c.reviews,
                lapses=c.lapses,
                suspended=c.suspended,
                removed=c.removed,
                leech=c.leech,
                source_root=c.source_root,
                source_path=c.source_path,
                source_line=c.source_line,
            )
            for c, name in found
        ]
    return CardPage(rows=rows, total=int(total))
