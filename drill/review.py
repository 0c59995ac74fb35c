"""Today's review: the queue, answering (one transaction per answer), undo, suspend, counts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from drill.config import Settings
from drill.core import sm2
from drill.core.days import study_day
from drill.errors import NotFoundError
from drill.store.db import Store
from drill.store.models import Card, Deck, ReviewLog

MATURE_DAYS = 21


@dataclass(frozen=True)
class Scope:
    """Part of the collection to study: some decks and/or one tag (empty = everything)."""

    decks: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def where(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = []
        if self.decks:
            clauses.append(Card.deck_id.in_(select(Deck.id).where(Deck.name.in_(self.decks))))
        for tag in self.tags:
            if tag == "leech":
                clauses.append(Card.leech.is_(True))
            else:
                clauses.append((" " + Card.tags + " ").contains(f" {tag} "))
        return clauses


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
class Answer:
    card: CardView
    quality: int
    kind: str  # new | review | repeat
    again_today: bool
    became_leech: bool


def today(settings: Settings, instant: datetime) -> date:
    return study_day(instant, settings.timezone, settings.review.rollover_hour)


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


LAST_DAY = date(9999, 12, 31)


def _due(day: date, interval: int) -> date:
    """The day an interval lands on; SM-2's intervals grow without bound, dates don't."""
    return day + timedelta(days=interval) if interval < (LAST_DAY - day).days else LAST_DAY


def _active() -> ColumnElement[bool]:
    return and_(Card.removed.is_(False), Card.suspended.is_(False))


def _done_today(s: Session, day: date) -> tuple[int, int]:
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
        *scope.where(),
    )


def _repeats_query(day: date, scope: Scope) -> Select[Any]:
    return select(Card).where(_active(), Card.learning_day == day, *scope.where())


def _new_query(scope: Scope) -> Select[Any]:
    return select(Card).where(_active(), Card.due.is_(None), *scope.where())


def due_counts(
    store: Store, settings: Settings, instant: datetime, scope: Scope = Scope()
) -> DueCounts:
    day = today(settings, instant)
    with store.session() as s:
        new_done, reviews_done = _done_today(s, day)
        n_reviews = s.scalar(
            select(func.count()).select_from(_reviews_query(day, scope).subquery())
        )
        n_repeats = s.scalar(
            select(func.count()).select_from(_repeats_query(day, scope).subquery())
        )
        n_new = s.scalar(select(func.count()).select_from(_new_query(scope).subquery()))
    review_left = max(0, settings.review.max_reviews_per_day - reviews_done)
    new_left = max(0, settings.review.new_per_day - new_done)
    return DueCounts(
        new=min(n_new or 0, new_left),
        review=min(n_reviews or 0, review_left),
        learning=n_repeats or 0,
    )


def next_card(
    store: Store,
    settings: Settings,
    instant: datetime,
    scope: Scope = Scope(),
    skip: frozenset[int] = frozenset(),
) -> CardView | None:
    """The next card of today's queue: due reviews (most overdue first), then same-day repeats,
    then new cards, each within today's limits; None when the queue is empty."""
    day = today(settings, instant)
    with store.session() as s:
        new_done, reviews_done = _done_today(s, day)
        candidates: list[Select[Any]] = []
        if reviews_done < settings.review.max_reviews_per_day:
            candidates.append(_reviews_query(day, scope).order_by(Card.due, Card.id))
        candidates.append(_repeats_query(day, scope).order_by(Card.last_review, Card.id))
        if new_done < settings.review.new_per_day:
            candidates.append(_new_query(scope).order_by(Card.id))
        for query in candidates:
            if skip:
                query = query.where(Card.id.not_in(skip))
            card = s.scalars(query.limit(1)).first()
            if card is not None:
                return _view(card, card.deck.name, day)
    return None


def next_card_after(
    store: Store,
    settings: Settings,
    instant: datetime,
    scope: Scope = Scope(),
    last: int | None = None,
) -> CardView | None:
    """The next card, keeping the queue's order but not showing the card just answered again
    while any other card is waiting (as Anki spaces a failed card behind its learning step)."""
    if last is not None:
        card = next_card(store, settings, instant, scope, skip=frozenset({last}))
        if card is not None:
            return card
    return next_card(store, settings, instant, scope)


def get_card(store: Store, settings: Settings, instant: datetime, card_id: int) -> CardView:
    with store.session() as s:
        card = s.get(Card, card_id)
        if card is None:
            raise NotFoundError(f"no card with id {card_id}")
        return _view(card, card.deck.name, today(settings, instant))


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


def preview(card: CardView) -> dict[sm2.Rating, str]:
    """What each button would do, as Anki shows it above the buttons."""
    labels: dict[sm2.Rating, str] = {}
    for rating in sm2.BUTTONS:
        if card.learning:
            labels[rating] = (
                "today" if rating < 4 else sm2.interval_label(max(1, card.state.interval))
            )
        else:
            nxt = sm2.review(card.state, int(rating))
            label = sm2.interval_label(nxt.interval)
            labels[rating] = f"{label} ↻" if rating < 4 else label
    return labels


def answer(
    store: Store,
    settings: Settings,
    card_id: int,
    quality: int,
    instant: datetime,
    answer_ms: int = 0,
    session: str | None = None,
) -> Answer:
    """Grade a card and commit it with its review-log row, in one transaction.

    The transaction holds the write lock (and on PostgreSQL the card's row lock) from its
    start, and the card is read inside it: two drills answering one card at once both count,
    one after the other. `session` names the review session, which alone may undo it."""
    q = sm2.check_quality(quality)
    day = today(settings, instant)
    with store.session() as s:
        card = s.get(Card, card_id, with_for_update=True, populate_existing=True)
        if card is None:
            raise NotFoundError(f"no card with id {card_id}")
        before = _snapshot(card)
        reps_before, ef_before, ivl_before = card.repetitions, card.ef, card.interval
        became_leech = False
        if card.learning_day == day:
            kind = "repeat"
            if q >= 4:
                card.learning_day = None
        else:
            kind = "new" if card.due is None else "review"
            state = sm2.SM2State.from_hundredths(card.repetitions, card.ef, card.interval)
            nxt = sm2.review(state, q)
            if q < 3 and card.repetitions > 0:
                card.lapses += 1
            card.repetitions, card.ef, card.interval = (
                nxt.repetitions,
                nxt.ef_hundredths,
                nxt.interval,
            )
            card.due = _due(day, nxt.interval)
            card.learning_day = day if q < 4 else None
            if card.lapses >= settings.review.leech_lapses and not card.leech and q < 3:
                card.leech = True
                card.suspended = True
                card.learning_day = None
                became_leech = True
        card.reviews += 1
        card.last_review = instant
        s.add(
            ReviewLog(
                card_id=card.id,
                reviewed_at=instant,
                study_day=day,
                quality=q,
                answer_ms=max(0, int(answer_ms)),
                kind=kind,
                reps_before=reps_before,
                ef_before=ef_before,
                interval_before=ivl_before,
                reps_after=card.repetitions,
                ef_after=card.ef,
                interval_after=card.interval,
                due_after=card.due,
                before=before,
                session=session,
                machine=settings.machine,
            )
        )
        s.flush()
        view = _view(card, card.deck.name, day)
    return Answer(
        card=view, quality=q, kind=kind, again_today=view.learning, became_leech=became_leech
    )


def undo(
    store: Store, settings: Settings, instant: datetime, session: str | None
) -> CardView | None:
    """Take back this session's newest answer on this machine: the card gets its exact
    previous state (None: nothing of this session to undo). Answers given in other sessions,
    on other days or on other machines are never taken back."""
    if not session:
        return None
    with store.session() as s:
        log = s.scalars(
            select(ReviewLog)
            .where(ReviewLog.session == session, ReviewLog.machine == settings.machine)
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
        if newer is not None:  # another session answered it since: its state is the truth
            return None
        _restore(card, log.before)
        s.delete(log)
        s.flush()
        return _view(card, card.deck.name, today(settings, instant))


def set_suspended(store: Store, card_id: int, suspended: bool) -> None:
    with store.session() as s:
        card = s.get(Card, card_id)
        if card is None:
            raise NotFoundError(f"no card with id {card_id}")
        card.suspended = suspended
        if not suspended:
            card.leech = False


def deck_names(store: Store) -> set[str]:
    """The names of the decks in the store (cheap: no card is read)."""
    with store.session() as s:
        return set(s.scalars(select(Deck.name)))


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


def deck_rows(store: Store, settings: Settings, instant: datetime) -> list[DeckRow]:
    """One row per deck: cards, new, due today, learning, mature, suspended."""
    day = today(settings, instant)
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
    with store.session() as s:
        return [
            DeckRow(name, int(c), int(a), int(b), int(d), int(e), int(f))
            for name, c, a, b, d, e, f in s.execute(query).all()
        ]
