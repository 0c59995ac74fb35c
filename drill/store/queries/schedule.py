"""The SQL behind switching schedulers and fitting FSRS: the review log card by card."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from operator import itemgetter

from sqlalchemy import func, select, update

from drill.core.scheduling import CardState
from drill.store.db import Store
from drill.store.models import Card, Meta, ReviewLog
from drill.store.queries.cards import _state, snapshot_state

CHUNK = 500


def get_meta(store: Store, key: str) -> str | None:
    with store.read() as s:
        return s.scalar(select(Meta.value).where(Meta.key == key))


def set_meta(store: Store, key: str, value: str) -> None:
    with store.session() as s:
        row = s.get(Meta, key)
        if row is None:
            s.add(Meta(key=key, value=value))
        else:
            row.value = value


@dataclass(frozen=True)
class Answered:
    """One review-log row, as a replay needs it."""

    quality: int
    day: date
    instant: datetime
    kind: str  # new | review | repeat, as the session counted it then


@dataclass(frozen=True)
class History:
    """A card's state now, the state before its first logged answer, and every answer."""

    card_id: int
    now: CardState
    base: CardState
    answers: list[Answered]


def count_cards(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Card)) or 0)


def histories(store: Store) -> Iterator[History]:
    """Every card with its log, in card order (cards never answered included: base = now)."""
    with store.read() as s:
        cards = {c.id: _state(c) for c in s.scalars(select(Card).order_by(Card.id))}
        rows = s.execute(
            select(
                ReviewLog.card_id,
                ReviewLog.quality,
                ReviewLog.study_day,
                ReviewLog.reviewed_at,
                ReviewLog.before,
                ReviewLog.kind,
            ).order_by(ReviewLog.card_id, ReviewLog.id)
        )
        seen: set[int] = set()
        for card_id, group in groupby(rows, key=itemgetter(0)):
            logged = list(group)
            if card_id not in cards:
                continue
            seen.add(card_id)
            answers = [Answered(q, day, at, kind) for _, q, day, at, _, kind in logged]
            yield History(card_id, cards[card_id], snapshot_state(logged[0][4]), answers)
    for card_id, state in cards.items():
        if card_id not in seen:
            yield History(card_id, state, state, [])


def write_states(store: Store, states: list[tuple[int, CardState]]) -> None:
    """Replace the scheduling columns of many cards, in short transactions."""
    for i in range(0, len(states), CHUNK):
        with store.session() as s:
            s.execute(
                update(Card),
                [
                    {
                        "id": card_id,
                        "repetitions": st.repetitions,
                        "ef": st.ef,
                        "interval": st.interval,
                        "due": st.due,
                        "lapses": st.lapses,
                        "stability": st.stability,
                        "difficulty": st.difficulty,
                        "learning_day": st.learning_day,
                        "scheduler": st.scheduler,
                    }
                    for card_id, st in states[i : i + CHUNK]
                ],
            )


def review_days(store: Store) -> Iterator[list[tuple[int, date]]]:
    """For FSRS's optimizer: each card's (quality, study day) answers, same-day repeats left
    out, cards answered at least twice."""
    with store.read() as s:
        rows = s.execute(
            select(ReviewLog.card_id, ReviewLog.quality, ReviewLog.study_day)
            .where(ReviewLog.kind != "repeat")
            .order_by(ReviewLog.card_id, ReviewLog.id)
        )
        for _card_id, group in groupby(rows, key=itemgetter(0)):
            seq = [(quality, day) for _, quality, day in group]
            if len(seq) >= 2:
                yield seq
