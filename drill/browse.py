"""Browsing the collection: cards of a deck, searched by text, with their status."""

from __future__ import annotations

from drill.store.db import Store
from drill.store.queries import cards as q
from drill.store.queries.cards import CardPage, CardRow

__all__ = ["CardPage", "CardRow", "find_cards"]


def find_cards(store: Store, deck: str | None = None, text: str = "", limit: int = 300) -> CardPage:
    """Cards of one deck (or all) whose front, back or tags contain `text` (case-insensitive)."""
    return q.find_cards(store, deck, text, limit)
