"""Browsing the collection: cards of a deck, searched by text, with their status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from drill.store.db import Store
from drill.store.models import Card, Deck


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


def find_cards(store: Store, deck: str | None = None, text: str = "", limit: int = 300) -> CardPage:
    """Cards of one deck (or all) whose front, back or tags contain `text` (case-insensitive)."""
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
    with store.session() as s:
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
