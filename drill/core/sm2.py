"""Wozniak's SM-2 as a pure function over an immutable state, with EF held in whole hundredths."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from drill.core.scheduling import BUTTONS, START_EF_HUNDREDTHS, CardState, Memory, Rating

__all__ = ["BUTTONS", "START_EF_HUNDREDTHS", "Rating", "SM2Scheduler", "SM2State", "review"]

MIN_EF_HUNDREDTHS = 130


def ef_delta_hundredths(quality: int) -> int:
    """SM-2's EF change `0.1 - (5-q)(0.08 + (5-q)0.02)`, exactly, in hundredths."""
    miss = 5 - quality
    return 10 - miss * (8 + miss * 2)


class _Fields(NamedTuple):
    repetitions: int
    easiness: float
    interval: int


class SM2State(_Fields):
    """Repetitions, easiness factor (EF) and interval in days; compares equal to the tuple.

    EF is always a whole number of hundredths: it is rounded on construction and every
    computation goes through the integer `ef_hundredths`, so no float drift reaches a ceiling.
    """

    __slots__ = ()

    def __new__(cls, repetitions: int, easiness: float, interval: int) -> SM2State:
        if repetitions < 0 or interval < 0:
            raise ValueError("repetitions and interval must be >= 0")
        if repetitions > 0 and interval < 1:
            raise ValueError("a card that has been passed has an interval of at least 1 day")
        hundredths = round(float(easiness) * 100)
        if hundredths < MIN_EF_HUNDREDTHS:
            raise ValueError(f"easiness {easiness} is below SM-2's floor of 1.3")
        return super().__new__(cls, int(repetitions), hundredths / 100, int(interval))

    @classmethod
    def new(cls) -> SM2State:
        """A card never reviewed: (0, 2.5, 0)."""
        return cls(0, START_EF_HUNDREDTHS / 100, 0)

    @classmethod
    def from_hundredths(cls, repetitions: int, ef_hundredths: int, interval: int) -> SM2State:
        return cls(repetitions, ef_hundredths / 100, interval)

    @property
    def ef_hundredths(self) -> int:
        return round(self.easiness * 100)


def check_quality(quality: object) -> int:
    """Return `quality` if it is an integer 0..5, else raise ValueError."""
    if isinstance(quality, bool) or not isinstance(quality, int) or not 0 <= quality <= 5:
        raise ValueError(f"quality must be an integer from 0 to 5, got {quality!r}")
    return quality


def review(state: SM2State, quality: int) -> SM2State:
    """The state after one graded review, by the rules in DESIGN.md."""
    q = check_quality(quality)
    ef = state.ef_hundredths
    if q >= 3:
        if state.repetitions == 0:
            interval = 1
        elif state.repetitions == 1:
            interval = 6
        else:
            interval = -(-state.interval * ef // 100)  # ceil(interval * EF), exact
        repetitions = state.repetitions + 1
    else:
        repetitions = 0
        interval = 1
    new_ef = max(MIN_EF_HUNDREDTHS, ef + ef_delta_hundredths(q))
    return SM2State.from_hundredths(repetitions, new_ef, interval)


def interval_label(days: int) -> str:
    """A short human interval: 1d, 6d, 3.2mo, 1.4y (as Anki's buttons show them)."""
    if days < 30:
        return f"{days}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"


class SM2Scheduler:
    """SM-2 behind the Scheduler interface: exactly `review` above, per button."""

    name = "sm2"
    repeat_below = Rating.GOOD  # DESIGN.md: a first grade below 4 repeats today

    def next_states(self, state: CardState, day: date) -> Mapping[Rating, Memory]:
        out: dict[Rating, Memory] = {}
        for rating in BUTTONS:
            nxt = review(state.sm2, int(rating))
            out[rating] = Memory(
                nxt.interval, nxt.repetitions, nxt.ef_hundredths, state.stability, state.difficulty
            )
        return out

    def retrievability(self, state: CardState, day: date) -> float | None:
        return None
