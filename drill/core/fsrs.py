"""FSRS behind the Scheduler interface, from fsrs-rs-python (the Rust FSRS that Anki runs).

Intervals are whole days, as drill's queue is: a same-day repeat after Again is a session
rule, not a learning step, so the model sees one review per card per day (short-term
stability is left to Anki-style learning steps drill doesn't have)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import cached_property
from typing import Any

from drill.core.scheduling import BUTTONS, CardState, Memory, Rating

MAX_INTERVAL = 36500
"""Anki's default maximum interval, 100 years."""

SM2_RETENTION = 0.9
"""The recall rate assumed for a card scheduled by SM-2 when FSRS first sees it."""


def default_parameters() -> list[float]:
    import fsrs_rs_python

    return list(fsrs_rs_python.DEFAULT_PARAMETERS)


class FSRSScheduler:
    name = "fsrs"
    repeat_below = Rating.HARD  # only Again repeats today: Hard is a pass in FSRS

    def __init__(
        self, desired_retention: float = 0.9, parameters: Sequence[float] | None = None
    ) -> None:
        if not 0.7 <= desired_retention <= 0.99:
            raise ValueError("desired_retention must be between 0.70 and 0.99")
        self.desired_retention = desired_retention
        self.parameters = list(parameters) if parameters else default_parameters()

    @cached_property
    def model(self) -> Any:
        import fsrs_rs_python

        return fsrs_rs_python.FSRS(self.parameters)

    def memory(self, state: CardState) -> Any:
        """The card's FSRS memory state: its own, or one derived from its SM-2 schedule."""
        import fsrs_rs_python

        if state.stability is not None and state.difficulty is not None:
            return fsrs_rs_python.MemoryState(state.stability, state.difficulty)
        if state.due is None or state.interval < 1:
            return None
        return self.model.memory_state_from_sm2(
            max(1.3, state.ef / 100), float(state.interval), SM2_RETENTION
        )

    def elapsed(self, state: CardState, day: date) -> int:
        last = state.last_day()
        return max(0, (day - last).days) if last is not None else 0

    def next_states(self, state: CardState, day: date) -> Mapping[Rating, Memory]:
        nxt = self.model.next_states(
            self.memory(state), self.desired_retention, self.elapsed(state, day)
        )
        items = {
            Rating.AGAIN: nxt.again,
            Rating.HARD: nxt.hard,
            Rating.GOOD: nxt.good,
            Rating.EASY: nxt.easy,
        }
        out: dict[Rating, Memory] = {}
        floor = 1
        for rating in BUTTONS:  # keep the buttons in order: a better answer never waits less
            item = items[rating]
            interval = min(MAX_INTERVAL, max(floor, round(item.interval)))
            if rating != Rating.AGAIN:
                floor = interval
            out[rating] = Memory(
                interval=interval,
                repetitions=0 if rating == Rating.AGAIN else state.repetitions + 1,
                ef=state.ef,
                stability=float(item.memory.stability),
                difficulty=float(item.memory.difficulty),
            )
        return out

    def retrievability(self, state: CardState, day: date) -> float | None:
        """FSRS's forgetting curve: R(t) = (1 + F t / S)^-decay (FSRS-6, decay = w20)."""
        if state.stability is None or state.due is None:
            return None
        decay = self.parameters[20] if len(self.parameters) > 20 else 0.5
        factor = 0.9 ** (-1 / decay) - 1
        t = self.elapsed(state, day)
        return float((1 + factor * t / max(state.stability, 0.01)) ** -decay)
