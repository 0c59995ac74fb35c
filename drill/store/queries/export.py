"""The SQL behind Anki export: cards, deck descriptions and the review log, as plain rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select

from drill.errors import NotFoundError
from drill.store.db import Store
from drill.store.models import Card, Deck, ReviewLog


class CardRow(NamedTuple):
    """What the exporter reads of one card (plain values, no ORM objects)."""

    id: int
    note_id: str
    kind: str
    ord: int
    front: str
    back: str
    tags: str
    created_at: datetime
    modified_at: datetime
    suspended: bool
    leech: bool
    repetitions: int
    ef: int
    interval: int
    due: date | None
    lapses: int
    reviews: int
    last_review: datetime | None
    learning_day: date | None
    deck: str


class LogRow(NamedTuple):
    card_id: int
    reviewed_at: datetime
    quality: int
    answer_ms: int
    kind: str
    interval_before: int
    ef_after: int
    interval_after: int


def read_export(
    store: Store, decks: Sequence[str], with_scheduling: bool
) -> tuple[list[CardRow], dict[str, str], int, list[LogRow]]:
    """The cards (ordered as their files list them), deck descriptions, how many cards are
    removed, and with `with_scheduling` the review log, of the chosen decks (all: empty)."""
    with store.read() as s:
        known = dict(s.execute(select(Deck.name, Deck.description)).all())
        missing = [d for d in decks if d not in known]
        if missing:
            names = ", ".join(sorted(known)) or "none"
            raise NotFoundError(f"no deck named {missing[0]!r}; decks: {names}")
        where: list[Any] = [Card.removed.is_(False)]
        if decks:
            where.append(Deck.name.in_(decks))
        query = (
            select(
                Card.id,
                Card.note_id,
                Card.kind,
                Card.ord,
                Card.front,
                Card.back,
                Card.tags,
                Card.created_at,
                Card.modified_at,
                Card.suspended,
                Card.leech,
                Card.repetitions,
                Card.ef,
                Card.interval,
                Card.due,
                Card.lapses,
                Card.reviews,
                Card.last_review,
                Card.learning_day,
                Deck.name,
            )
            .join(Deck, Card.deck_id == Deck.id)
            .where(*where)
            .order_by(Deck.name, Card.source_path, Card.source_line, Card.ord, Card.id)
        )
        conn = s.connection()
        cards = [CardRow._make(row) for row in conn.execute(query).all()]
        removed_query = select(func.count(Card.id)).join(Deck, Card.deck_id == Deck.id)
        removed_query = removed_query.where(Card.removed.is_(True))
        if decks:
            removed_query = removed_query.where(Deck.name.in_(decks))
        removed = int(s.scalar(removed_query) or 0)
        logs: list[LogRow] = []
        if with_scheduling:
            log_query = (
                select(
                    ReviewLog.card_id,
                    ReviewLog.reviewed_at,
                    ReviewLog.quality,
                    ReviewLog.answer_ms,
                    ReviewLog.kind,
                    ReviewLog.interval_before,
                    ReviewLog.ef_after,
                    ReviewLog.interval_after,
                )
                .join(Card, ReviewLog.card_id == Card.id)
                .join(Deck, Card.deck_id == Deck.id)
                .where(*where)
                .order_by(ReviewLog.reviewed_at, ReviewLog.id)
            )
            logs = [LogRow._make(row) for row in conn.execute(log_query).all()]
    return cards, known, removed, logs


def deck_card_hashes(store: Store, deck: str) -> dict[str, str]:
    """uid -> content hash of the live cards of one deck (to tell what an import changed)."""
    with store.read() as s:
        rows = s.execute(
            select(Card.uid, Card.content_hash)
            .join(Deck, Card.deck_id == Deck.id)
            .where(Deck.name == deck, Card.removed.is_(False))
        ).all()
    return {uid: digest for uid, digest in rows}
