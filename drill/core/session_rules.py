"""Anki-style session rules around a scheduler: same-day repeats, lapses, leeches, burying,
the due day, daily limits and the order new cards are gathered in. Pure: days are given."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from drill.core.scheduling import BUTTONS, CardState, Memory, Rating, Scheduler
from drill.core.sm2 import interval_label

__all__ = [
    "LAST_DAY",
    "CardState",
    "Graded",
    "apply_rating",
    "due_day",
    "interval_label",
    "new_deck_order",
    "outcomes",
    "preview",
    "take_new_next",
]

LAST_DAY = date(9999, 12, 31)


@dataclass(frozen=True)
class Graded:
    """The outcome of one answer: the new state, what kind of answer it was, a new leech."""

    state: CardState
    kind: str  # new | review | repeat
    became_leech: bool
    repeats_today: bool = False


def due_day(day: date, interval: int) -> date:
    """The day an interval lands on; intervals may grow without bound, dates don't."""
    return day + timedelta(days=interval) if interval < (LAST_DAY - day).days else LAST_DAY


def _apply(
    state: CardState,
    rating: Rating,
    memory: Memory | None,
    scheduler: Scheduler,
    day: date,
    instant: datetime,
    leech_lapses: int,
) -> Graded:
    became_leech = False
    repeat_day = day if rating < scheduler.repeat_below else None
    if state.learning_day == day or memory is None:
        # a same-day repeat: the schedule stays as the first answer today left it
        kind = "repeat"
        new = replace(state, learning_day=repeat_day)
    else:
        kind = "new" if state.due is None else "review"
        lapse = rating == Rating.AGAIN and state.repetitions > 0
        new = replace(
            state,
            repetitions=memory.repetitions,
            ef=memory.ef,
            interval=memory.interval,
            stability=memory.stability,
            difficulty=memory.difficulty,
            due=due_day(day, memory.interval),
            lapses=state.lapses + (1 if lapse else 0),
            learning_day=repeat_day,
            scheduler=scheduler.name,
        )
        if lapse and new.lapses >= leech_lapses and not state.leech:
            new = replace(new, leech=True, suspended=True, learning_day=None)
            became_leech = True
    new = replace(new, reviews=state.reviews + 1, last_review=instant, buried_day=None)
    return Graded(new, kind, became_leech, repeats_today=new.learning_day == day)


def apply_rating(
    state: CardState,
    rating: Rating,
    scheduler: Scheduler,
    day: date,
    instant: datetime,
    leech_lapses: int,
) -> Graded:
    """Apply one answer given on study day `day`: exactly the outcome its button showed.

    A card first answered below the scheduler's `repeat_below` today is a same-day repeat
    until answered at or above it; those repeats leave the schedule alone. A failed review
    counts a lapse, and the `leech_lapses`-th lapse suspends the card and tags it a leech."""
    memory = None if state.learning_day == day else scheduler.next_states(state, day)[rating]
    return _apply(state, rating, memory, scheduler, day, instant, leech_lapses)


def outcomes(
    state: CardState, scheduler: Scheduler, day: date, instant: datetime, leech_lapses: int
) -> dict[Rating, Graded]:
    """What each button would do to the card on study day `day`: the one call behind both
    the buttons' labels and the answer."""
    memories: Mapping[Rating, Memory] | None = None
    if state.learning_day != day:
        memories = scheduler.next_states(state, day)
    return {
        rating: _apply(
            state,
            rating,
            memories[rating] if memories else None,
            scheduler,
            day,
            instant,
            leech_lapses,
        )
        for rating in BUTTONS
    }


def preview(state: CardState, graded: Mapping[Rating, Graded], day: date) -> dict[Rating, str]:
    """The label above each button: the interval it gives; `↻` when the card also comes back
    today; `today` for a same-day repeat that stays one."""
    labels: dict[Rating, str] = {}
    was_repeat = state.learning_day == day
    for rating, outcome in graded.items():
        label = interval_label(max(1, outcome.state.interval))
        if outcome.repeats_today:
            label = "today" if was_repeat else f"{label} ↻"
        labels[rating] = label
    return labels


# ---------------------------------------------------------------- today's queue


def take_new_next(
    order: str, new_done: int, reviews_done: int, new_left: int, reviews_left: int
) -> bool:
    """Whether the next card should be a new one rather than a due review.

    `mix` (the default, as Anki's "mix with reviews") spreads today's new cards evenly
    through the reviews, so a backlog never starves them; `reviews-first` and `new-first`
    show one kind before the other."""
    if new_left <= 0:
        return False
    if reviews_left <= 0:
        return True
    if order == "new-first":
        return True
    if order == "reviews-first":
        return False
    total_new = new_done + new_left
    total = total_new + reviews_done + reviews_left
    # after this card, the share of new cards so far would not pass their share of the day
    return (new_done + 1) * total <= total_new * (new_done + reviews_done + 1)


def new_deck_order(
    order: str,
    decks: Sequence[str],
    done_today: Mapping[str, int],
    deck_limit: Mapping[str, int],
) -> list[str]:
    """The decks to draw today's next new card from, best first.

    `round-robin` (the default) takes from the deck that has introduced the fewest new cards
    today (ties in deck order), so every deck shows up from day one; `deck` empties one deck
    before the next. A deck at its own new-card limit is left out."""
    open_decks = [d for d in decks if done_today.get(d, 0) < deck_limit.get(d, 1 << 30)]
    if order == "deck":
        return open_decks
    rank = {d: i for i, d in enumerate(decks)}
    return sorted(open_decks, key=lambda d: (done_today.get(d, 0), rank[d]))
