"""Today's review: the queue, answering (one transaction per answer), undo, suspend, counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from drill.config import Settings
from drill.core import sm2
from drill.core.days import study_day
from drill.core.session_rules import grade
from drill.store.db import Store
from drill.store.queries import cards as q
from drill.store.queries.cards import MATURE_DAYS, CardView, DeckRow, DueCounts, Scope

__all__ = [
    "MATURE_DAYS",
    "Answer",
    "CardView",
    "DeckRow",
    "DueCounts",
    "Scope",
    "answer",
    "deck_names",
    "deck_rows",
    "due_counts",
    "get_card",
    "next_card",
    "next_card_after",
    "preview",
    "set_suspended",
    "today",
    "undo",
]


EVERYTHING = Scope()
"""The whole collection."""


@dataclass(frozen=True)
class Answer:
    card: CardView
    quality: int
    kind: str  # new | review | repeat
    again_today: bool
    became_leech: bool


def today(settings: Settings, instant: datetime) -> date:
    return study_day(instant, settings.timezone, settings.review.rollover_hour)


def _limits(settings: Settings) -> q.Limits:
    return q.Limits(settings.review.new_per_day, settings.review.max_reviews_per_day)


def due_counts(
    store: Store, settings: Settings, instant: datetime, scope: Scope = EVERYTHING
) -> DueCounts:
    return q.due_counts(store, today(settings, instant), _limits(settings), scope)


def next_card(
    store: Store,
    settings: Settings,
    instant: datetime,
    scope: Scope = EVERYTHING,
    skip: frozenset[int] = frozenset(),
) -> CardView | None:
    """The next card of today's queue: due reviews (most overdue first), then same-day repeats,
    then new cards, each within today's limits; None when the queue is empty."""
    return q.next_card(store, today(settings, instant), _limits(settings), scope, skip)


def next_card_after(
    store: Store,
    settings: Settings,
    instant: datetime,
    scope: Scope = EVERYTHING,
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
    return q.get_card(store, card_id, today(settings, instant))


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

    Two drills answering one card at once both count, one after the other. `session` names
    the review session, which alone may undo the answer."""
    quality = sm2.check_quality(quality)
    day = today(settings, instant)
    view, graded = q.answer_card(
        store,
        card_id,
        lambda state: grade(state, quality, day, instant, settings.review.leech_lapses),
        q.AnswerLog(instant, day, quality, answer_ms, session, settings.machine),
    )
    return Answer(
        card=view,
        quality=quality,
        kind=graded.kind,
        again_today=view.learning,
        became_leech=graded.became_leech,
    )


def undo(
    store: Store, settings: Settings, instant: datetime, session: str | None
) -> CardView | None:
    """Take back this session's newest answer on this machine: the card gets its exact
    previous state (None: nothing of this session to undo). Answers given in other sessions,
    on other days or on other machines are never taken back."""
    if not session:
        return None
    return q.undo_last(store, session, settings.machine, today(settings, instant))


def set_suspended(store: Store, card_id: int, suspended: bool) -> None:
    q.set_suspended(store, card_id, suspended)


def deck_names(store: Store) -> set[str]:
    """The names of the decks in the store (cheap: no card is read)."""
    return q.deck_names(store)


def deck_rows(store: Store, settings: Settings, instant: datetime) -> list[DeckRow]:
    """One row per deck: cards, new, due today, learning, mature, suspended."""
    return q.deck_rows(store, today(settings, instant))
