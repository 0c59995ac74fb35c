"""Anki-style session rules around SM-2: same-day repeats, lapses, leeches, a due date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from drill.core import sm2

LAST_DAY = date(9999, 12, 31)


@dataclass(frozen=True)
class CardState:
    """Everything scheduling knows of one card (EF in whole hundredths, due a study day)."""

    repetitions: int = 0
    ef: int = sm2.START_EF_HUNDREDTHS
    interval: int = 0
    due: date | None = None
    lapses: int = 0
    reviews: int = 0
    last_review: datetime | None = None
    learning_day: date | None = None
    suspended: bool = False
    leech: bool = False

    @property
    def sm2(self) -> sm2.SM2State:
        return sm2.SM2State.from_hundredths(self.repetitions, self.ef, self.interval)


@dataclass(frozen=True)
class Graded:
    """The outcome of one answer: the new state, what kind of answer it was, a new leech."""

    state: CardState
    kind: str  # new | review | repeat
    became_leech: bool


def due_day(day: date, interval: int) -> date:
    """The day an interval lands on; SM-2's intervals grow without bound, dates don't."""
    return day + timedelta(days=interval) if interval < (LAST_DAY - day).days else LAST_DAY


def grade(
    state: CardState, quality: int, day: date, instant: datetime, leech_lapses: int
) -> Graded:
    """Apply one answer given on study day `day`.

    A card first graded below Good today is a same-day repeat until graded Good or Easy; those
    repeats leave EF, interval and repetitions alone. A failed review counts a lapse, and the
    `leech_lapses`-th lapse suspends the card and tags it a leech."""
    q = sm2.check_quality(quality)
    became_leech = False
    if state.learning_day == day:
        kind = "repeat"
        new = replace(state, learning_day=None if q >= 4 else state.learning_day)
    else:
        kind = "new" if state.due is None else "review"
        nxt = sm2.review(state.sm2, q)
        lapses = state.lapses + (1 if q < 3 and state.repetitions > 0 else 0)
        new = replace(
            state,
            repetitions=nxt.repetitions,
            ef=nxt.ef_hundredths,
            interval=nxt.interval,
            due=due_day(day, nxt.interval),
            lapses=lapses,
            learning_day=day if q < 4 else None,
        )
        if lapses >= leech_lapses and not state.leech and q < 3:
            new = replace(new, leech=True, suspended=True, learning_day=None)
            became_leech = True
    return Graded(
        state=replace(new, reviews=state.reviews + 1, last_review=instant),
        kind=kind,
        became_leech=became_leech,
    )
