"""The scheduling seam: card states, ratings, and the Scheduler interface.

As Anki's scheduler does, one pure call gives the state each of the four buttons would give;
the buttons show those states and answering applies the chosen one, so the preview can never
disagree with the answer. SM-2 (`drill.core.sm2`) and FSRS (`drill.core.fsrs`) are the two
implementations; `drill.core.session_rules` wraps them in Anki's session rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, IntEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from drill.core.sm2 import SM2State

__all__ = ["BUTTONS", "CardState", "Memory", "Queue", "Rating", "Scheduler", "queue_of"]


START_EF_HUNDREDTHS = 250


class Rating(IntEnum):
    """Anki's four answer buttons; the value is the SM-2 quality each maps to."""

    AGAIN = 1
    HARD = 3
    GOOD = 4
    EASY = 5

    @property
    def button(self) -> int:
        """1..4, the key that presses it (and FSRS's rating number)."""
        return BUTTONS.index(self) + 1

    @classmethod
    def from_quality(cls, quality: int) -> Rating:
        """The button for an SM-2 quality 0..5 (0-2 fail as Again)."""
        if quality < 3:
            return cls.AGAIN
        return cls(quality)


BUTTONS: tuple[Rating, ...] = (Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY)
"""Button order as shown to the user; key 1..4 picks BUTTONS[key - 1]."""


class Queue(Enum):
    """Where a card stands today, as Anki names its queues."""

    NEW = "new"
    LEARNING = "learning"  # a new card failed today: a same-day repeat
    REVIEW = "review"
    RELEARNING = "relearning"  # a review card failed today: a same-day repeat
    SUSPENDED = "suspended"
    BURIED = "buried"  # out of today's queue, back tomorrow


@dataclass(frozen=True)
class CardState:
    """Everything scheduling knows of one card.

    SM-2 keeps repetitions, EF (whole hundredths) and interval; FSRS keeps its memory state
    (stability in days, difficulty 1..10) beside them. `due` is a study day; `learning_day` the
    day a same-day repeat belongs to; `buried_day` the day the card was buried."""

    repetitions: int = 0
    ef: int = START_EF_HUNDREDTHS
    interval: int = 0
    due: date | None = None
    lapses: int = 0
    reviews: int = 0
    last_review: datetime | None = None
    learning_day: date | None = None
    suspended: bool = False
    leech: bool = False
    stability: float | None = None
    difficulty: float | None = None
    buried_day: date | None = None
    scheduler: str = "sm2"

    @property
    def sm2(self) -> SM2State:
        from drill.core.sm2 import SM2State

        return SM2State.from_hundredths(self.repetitions, self.ef, self.interval)

    @property
    def is_new(self) -> bool:
        return self.due is None

    def last_day(self) -> date | None:
        """The study day of the last scheduling review (the due day minus its interval)."""
        if self.due is None:
            return None
        return date.fromordinal(max(1, self.due.toordinal() - self.interval))


def queue_of(state: CardState, day: date) -> Queue:
    if state.suspended:
        return Queue.SUSPENDED
    if state.buried_day == day:
        return Queue.BURIED
    if state.learning_day == day:
        return Queue.RELEARNING if state.lapses and state.repetitions == 0 else Queue.LEARNING
    return Queue.NEW if state.due is None else Queue.REVIEW


@dataclass(frozen=True)
class Memory:
    """What a scheduler decides for one rating: the interval and its own state after it."""

    interval: int
    repetitions: int
    ef: int
    stability: float | None = None
    difficulty: float | None = None


class Scheduler(Protocol):
    """One scheduling algorithm. Pure: `day` is given, never read from a clock."""

    name: str
    repeat_below: Rating
    """A first answer below this rating today makes the card a same-day repeat."""

    def next_states(self, state: CardState, day: date) -> Mapping[Rating, Memory]:
        """The memory each of the four ratings would give, answered on study day `day`."""
        ...

    def retrievability(self, state: CardState, day: date) -> float | None:
        """The chance of recalling the card on `day`, when the algorithm models it."""
        ...
