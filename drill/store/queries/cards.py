"""The SQL behind review, browse and the home screen's figures; plain dataclasses out."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, func, or_, select

from drill.core import sm2
from drill.core.progress import MATURE_DAYS as MATURE_DAYS  # review names it from here
from drill.core.scheduling import CardState
from drill.core.session_rules import Graded, new_deck_order, take_new_next
from drill.errors import NotFoundError
from drill.store.db import Store
from drill.store.models import Attempt, Card, Deck, Meta, ReviewLog


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
    due: date | None
    lapses: int
    reviews: int
    learning: bool
    suspended: bool
    leech: bool
    schedule: CardState
    """The whole scheduling state, as the scheduler and the session rules see it."""

    @property
    def is_new(self) -> bool:
        return self.due is None

    @property
    def state(self) -> sm2.SM2State:
        """The SM-2 part of the schedule: repetitions, EF, interval."""
        return self.schedule.sm2


@dataclass(frozen=True)
class Limits:
    """Today's budget: the most new cards and due reviews to show, and how to mix them."""

    new_per_day: int
    max_reviews_per_day: int
    new_order: str = "round-robin"  # round-robin | deck
    new_review_order: str = "mix"  # mix | reviews-first | new-first
    deck_limits: tuple[tuple[str, int], ...] = ()
    """Decks with their own cap on new cards a day."""
    default_deck_limit: int | None = None


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
        stability=card.stability,
        difficulty=card.difficulty,
        buried_day=card.buried_day,
        scheduler=card.scheduler,
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
        due=card.due,
        lapses=card.lapses,
        reviews=card.reviews,
        learning=card.learning_day == day,
        suspended=card.suspended or card.removed,
        leech=card.leech,
        schedule=_state(card),
    )


def _active() -> ColumnElement[bool]:
    return and_(Card.removed.is_(False), Card.suspended.is_(False))


def _not_buried(day: date) -> ColumnElement[bool]:
    return or_(Card.buried_day.is_(None), Card.buried_day != day)


REPEAT_STEP = timedelta(minutes=1)
"""A same-day repeat waits this long behind other cards (Anki's first learning step); with
nothing else to show it comes at once, as Anki's learn-ahead does."""


@dataclass(frozen=True)
class _Today:
    new_done: int
    reviews_done: int
    extra_new: int
    new_by_deck: dict[int, int]


def _done_today(s: Any, day: date) -> _Today:
    """New cards introduced (in all and per deck) and due reviews answered on this day."""
    rows = s.execute(
        select(ReviewLog.kind, func.count())
        .where(ReviewLog.study_day == day, ReviewLog.kind.in_(("new", "review")))
        .group_by(ReviewLog.kind)
    ).all()
    counts = {kind: n for kind, n in rows}
    by_deck: dict[int, int] = {}
    if counts.get("new"):
        by_deck = {
            deck_id: int(n)
            for deck_id, n in s.execute(
                select(Card.deck_id, func.count())
                .join(ReviewLog, ReviewLog.card_id == Card.id)
                .where(ReviewLog.study_day == day, ReviewLog.kind == "new")
                .group_by(Card.deck_id)
            )
        }
    extra = s.scalar(select(Meta.value).where(Meta.key == _extra_key(day)))
    return _Today(
        counts.get("new", 0),
        counts.get("review", 0),
        int(extra) if extra and extra.isdigit() else 0,
        by_deck,
    )


def _extra_key(day: date) -> str:
    return f"extra_new:{day.isoformat()}"


def _reviews_query(day: date, scope: Scope) -> Select[Any]:
    return select(Card).where(
        _active(),
        Card.due.is_not(None),
        Card.due <= day,
        or_(Card.learning_day.is_(None), Card.learning_day != day),
        _not_buried(day),
        *_scope_where(scope),
    )


def _repeats_query(day: date, scope: Scope) -> Select[Any]:
    return select(Card).where(
        _active(), Card.learning_day == day, _not_buried(day), *_scope_where(scope)
    )


def _new_query(day: date, scope: Scope) -> Select[Any]:
    return select(Card).where(_active(), Card.due.is_(None), _not_buried(day), *_scope_where(scope))


def _count(s: Any, query: Select[Any]) -> int:
    return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _due_reviews(s: Any, day: date, scope: Scope) -> int:
    """Due reviews, counted on the queue index alone: all due cards, less the few that are
    same-day repeats or buried (each found through its own index)."""
    where = [_active(), Card.due.is_not(None), Card.due <= day, *_scope_where(scope)]
    due = _count(s, select(Card.id).where(*where))
    if not due:
        return 0
    # both through their partial indexes (only cards with a learning or buried day)
    repeats = _count(s, select(Card.id).where(*where, Card.learning_day == day, _not_buried(day)))
    buried = _count(s, select(Card.id).where(*where, Card.buried_day == day))
    return due - repeats - buried


def _left(today_: _Today, limits: Limits) -> tuple[int, int]:
    """(new cards, due reviews) today's limits still allow."""
    new_left = limits.new_per_day + today_.extra_new - today_.new_done
    return max(0, new_left), max(0, limits.max_reviews_per_day - today_.reviews_done)


def due_counts(store: Store, day: date, limits: Limits, scope: Scope) -> DueCounts:
    with store.read() as s:
        today_ = _done_today(s, day)
        new_left, review_left = _left(today_, limits)
        n_reviews = _due_reviews(s, day, scope)
        n_repeats = _count(s, _repeats_query(day, scope))
        n_new = 0
        if new_left:
            n_new = sum(min(n, left) for n, left in _new_by_deck(s, day, scope, limits, today_))
    return DueCounts(
        new=min(n_new, new_left),
        review=min(n_reviews, review_left),
        learning=n_repeats,
    )


def _deck_caps(s: Any, limits: Limits, today_: _Today) -> dict[int, tuple[str, int]]:
    """deck id -> (name, new cards it may still introduce today)."""
    own = dict(limits.deck_limits)
    caps: dict[int, tuple[str, int]] = {}
    for deck_id, name in s.execute(select(Deck.id, Deck.name).order_by(Deck.name)):
        cap = own.get(name, limits.default_deck_limit)
        left = (1 << 30) if cap is None else cap - today_.new_by_deck.get(deck_id, 0)
        caps[deck_id] = (name, max(0, left))
    return caps


def _new_by_deck(
    s: Any, day: date, scope: Scope, limits: Limits, today_: _Today
) -> list[tuple[int, int]]:
    """(new cards in the deck, its own new-card budget left) for each deck with new cards."""
    rows = s.execute(
        _new_query(day, scope).with_only_columns(Card.deck_id, func.count()).group_by(Card.deck_id)
    ).all()
    caps = _deck_caps(s, limits, today_)
    return [(int(n), caps.get(deck_id, ("", 1 << 30))[1]) for deck_id, n in rows]


def _first(s: Any, query: Select[Any], skip: frozenset[int]) -> Card | None:
    if skip:
        query = query.where(Card.id.not_in(skip))
    card: Card | None = s.scalars(query.limit(1)).first()
    return card


def _next_new(
    s: Any, day: date, scope: Scope, limits: Limits, today_: _Today, skip: frozenset[int]
) -> Card | None:
    """Today's next new card, drawn from the decks in the configured gather order."""
    caps = _deck_caps(s, limits, today_)
    names = [name for name, _ in caps.values()]
    done = {caps[d][0]: today_.new_by_deck.get(d, 0) for d in caps}
    room = {name: done[name] + left for name, left in caps.values()}
    by_name = {name: deck_id for deck_id, (name, _) in caps.items()}
    for name in new_deck_order(limits.new_order, names, done, room):
        card = _first(
            s, _new_query(day, scope).where(Card.deck_id == by_name[name]).order_by(Card.id), skip
        )
        if card is not None:
            return card
    return None


def next_card(
    store: Store,
    day: date,
    limits: Limits,
    scope: Scope,
    skip: frozenset[int],
    instant: datetime | None = None,
) -> CardView | None:
    """The next card of today's queue; None when it is empty.

    First a same-day repeat whose step has passed; then due reviews (most overdue first) and
    new cards (in the gather order), mixed as `new_review_order` says, each within today's
    limits; last, a repeat whose step hasn't passed yet, rather than nothing."""
    with store.read() as s:
        today_ = _done_today(s, day)
        new_left, review_left = _left(today_, limits)
        repeats = _repeats_query(day, scope).order_by(Card.last_review, Card.id)
        if instant is not None:
            ready = _first(s, repeats.where(Card.last_review <= instant - REPEAT_STEP), skip)
            if ready is not None:
                return _view(ready, ready.deck.name, day)
        reviews_left = min(review_left, _due_reviews(s, day, scope)) if review_left else 0
        new_first = take_new_next(
            limits.new_review_order,
            today_.new_done,
            today_.reviews_done,
            new_left,
            reviews_left,
        )
        order = ["new", "review"] if new_first else ["review", "new"]
        for kind in order:
            card: Card | None = None
            if kind == "review" and review_left:
                card = _first(s, _reviews_query(day, scope).order_by(Card.due, Card.id), skip)
            elif kind == "new" and new_left:
                card = _next_new(s, day, scope, limits, today_, skip)
            if card is not None:
                return _view(card, card.deck.name, day)
        card = _first(s, repeats, skip)
        if card is not None:
            return _view(card, card.deck.name, day)
    return None


def add_new_today(store: Store, day: date, count: int) -> int:
    """Study more today (Anki's custom study): `count` more new cards on this day only;
    returns today's extra allowance."""
    with store.session() as s:
        row = s.get(Meta, _extra_key(day))
        current = int(row.value) if row is not None and row.value.isdigit() else 0
        total = max(0, current + count)
        if row is None:
            s.add(Meta(key=_extra_key(day), value=str(total)))
        else:
            row.value = str(total)
    return total


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
            "stability": card.stability,
            "difficulty": card.difficulty,
            "buried_day": card.buried_day.isoformat() if card.buried_day else None,
            "scheduler": card.scheduler,
        }
    )


def snapshot_state(raw: str) -> CardState:
    """A review-log row's `before` snapshot as a CardState (older rows lack FSRS fields)."""
    snap = json.loads(raw)

    def day(key: str) -> date | None:
        value = snap.get(key)
        return date.fromisoformat(value) if value else None

    last = snap.get("last_review")
    return CardState(
        repetitions=snap["repetitions"],
        ef=snap["ef"],
        interval=snap["interval"],
        due=day("due"),
        lapses=snap["lapses"],
        reviews=snap["reviews"],
        last_review=datetime.fromisoformat(last) if last else None,
        learning_day=day("learning_day"),
        suspended=snap["suspended"],
        leech=snap["leech"],
        stability=snap.get("stability"),
        difficulty=snap.get("difficulty"),
        buried_day=day("buried_day"),
        scheduler=snap.get("scheduler", "sm2"),
    )


def apply_state(card: Card, new: CardState) -> None:
    card.repetitions, card.ef, card.interval = new.repetitions, new.ef, new.interval
    card.due, card.lapses, card.reviews = new.due, new.lapses, new.reviews
    card.last_review, card.learning_day = new.last_review, new.learning_day
    card.suspended, card.leech = new.suspended, new.leech
    card.stability, card.difficulty = new.stability, new.difficulty
    card.buried_day, card.scheduler = new.buried_day, new.scheduler


def _restore(card: Card, raw: str) -> None:
    apply_state(card, snapshot_state(raw))


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
) -> tuple[CardView, Graded, int]:
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
        apply_state(card, graded.state)
        row = ReviewLog(
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
            scheduler=card.scheduler,
            stability_after=card.stability,
            difficulty_after=card.difficulty,
        )
        s.add(row)
        s.flush()
        return _view(card, card.deck.name, log.day), graded, row.id


def undo_last(
    store: Store, session: str, machine: str, day: date, log_id: int | None = None
) -> CardView | None:
    """Take back this session's newest answer on this machine, given on study day `day`
    (or exactly the answer `log_id`); None: nothing to undo.

    An answer another session gave the card since is never overwritten: then nothing is
    undone; nor is an answer of an earlier study day."""
    with store.session() as s:
        query = select(ReviewLog).where(ReviewLog.session == session, ReviewLog.machine == machine)
        if log_id is not None:
            query = query.where(ReviewLog.id == log_id)
        log = s.scalars(query.order_by(ReviewLog.id.desc()).limit(1)).first()
        if log is None or log.study_day != day:
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


def set_suspended(store: Store, card_id: int, suspended: bool) -> tuple[bool, bool]:
    """Suspend or unsuspend a card; returns its (suspended, leech) before, for undo."""
    with store.session() as s:
        card = s.get(Card, card_id, with_for_update=True, populate_existing=True)
        if card is None:
            raise NotFoundError(f"no card with id {card_id}")
        before = (card.suspended, card.leech)
        card.suspended = suspended
        if not suspended:
            card.leech = False
        return before


def restore_flags(store: Store, card_id: int, suspended: bool, leech: bool) -> None:
    with store.session() as s:
        card = s.get(Card, card_id, with_for_update=True, populate_existing=True)
        if card is None:
            raise NotFoundError(f"no card with id {card_id}")
        card.suspended, card.leech = suspended, leech


def set_buried(store: Store, card_id: int, day: date | None) -> date | None:
    """Bury a card on study day `day` (None unburies); returns its buried day before."""
    with store.session() as s:
        card = s.get(Card, card_id, with_for_update=True, populate_existing=True)
        if card is None:
            raise NotFoundError(f"no card with id {card_id}")
        before = card.buried_day
        card.buried_day = day
        return before


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
