"""Both schedulers behind the one interface: properties (Hypothesis) and golden histories."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drill.core import sm2
from drill.core.fsrs import FSRSScheduler
from drill.core.scheduling import BUTTONS, CardState, Queue, Rating, Scheduler, queue_of
from drill.core.session_rules import (
    apply_rating,
    new_deck_order,
    outcomes,
    preview,
    take_new_next,
)

START = date(2026, 1, 5)
SCHEDULERS: list[Scheduler] = [sm2.SM2Scheduler(), FSRSScheduler(0.9)]
IDS = ["sm2", "fsrs"]


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, tzinfo=UTC)


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[Rating, int]]:
    """(rating, days waited before it) sequences, as a user's answers to one card."""
    return draw(
        st.lists(st.tuples(st.sampled_from(BUTTONS), st.integers(0, 60)), min_size=0, max_size=12)
    )


def _replay(scheduler: Scheduler, steps: list[tuple[Rating, int]]) -> tuple[CardState, date]:
    state, day = CardState(), START
    for rating, wait in steps:
        day += timedelta(days=wait)
        state = apply_rating(state, rating, scheduler, day, _at(day), 8).state
        if state.suspended:  # a leech: start over, as the user would after rewriting it
            state = CardState()
    return state, day + timedelta(days=1)


@pytest.mark.parametrize("scheduler", SCHEDULERS, ids=IDS)
@settings(max_examples=150, deadline=None)
@given(steps=histories())
def test_next_states_are_monotone_in_the_rating(
    scheduler: Scheduler, steps: list[tuple[Rating, int]]
) -> None:
    state, day = _replay(scheduler, steps)
    memories = scheduler.next_states(state, day)
    intervals = [memories[r].interval for r in BUTTONS]
    assert intervals == sorted(intervals)
    assert all(i >= 1 for i in intervals)


@pytest.mark.parametrize("scheduler", SCHEDULERS, ids=IDS)
@settings(max_examples=150, deadline=None)
@given(steps=histories(), rating=st.sampled_from(BUTTONS))
def test_answering_applies_exactly_the_state_that_was_shown(
    scheduler: Scheduler, steps: list[tuple[Rating, int]], rating: Rating
) -> None:
    state, day = _replay(scheduler, steps)
    shown = outcomes(state, scheduler, day, _at(day), 8)
    answered = apply_rating(state, rating, scheduler, day, _at(day), 8)
    assert answered == shown[rating]
    labels = preview(state, shown, day)
    assert set(labels) == set(BUTTONS)
    if answered.kind != "repeat":
        assert answered.state.interval >= 1 and answered.state.due is not None
        assert answered.state.due > day
        assert answered.state.scheduler == scheduler.name


@pytest.mark.parametrize("scheduler", SCHEDULERS, ids=IDS)
def test_a_failed_first_answer_repeats_today_and_leaves_the_schedule(scheduler: Scheduler) -> None:
    first = apply_rating(CardState(), Rating.AGAIN, scheduler, START, _at(START), 8).state
    assert queue_of(first, START) is Queue.LEARNING
    again = apply_rating(first, Rating.AGAIN, scheduler, START, _at(START), 8)
    assert again.kind == "repeat"
    assert (again.state.interval, again.state.due, again.state.stability) == (
        first.interval,
        first.due,
        first.stability,
    )
    good = apply_rating(again.state, Rating.GOOD, scheduler, START, _at(START), 8).state
    assert queue_of(good, START) is Queue.REVIEW and good.learning_day is None


@settings(max_examples=300, deadline=None)
@given(steps=histories())
def test_the_sm2_scheduler_is_exactly_sm2(steps: list[tuple[Rating, int]]) -> None:
    scheduler = sm2.SM2Scheduler()
    state, day = _replay(scheduler, steps)
    for rating in BUTTONS:
        expected = sm2.review(state.sm2, int(rating))
        got = scheduler.next_states(state, day)[rating]
        assert (got.repetitions, got.ef, got.interval) == (
            expected.repetitions,
            expected.ef_hundredths,
            expected.interval,
        )


def test_golden_sm2_history() -> None:
    """Good, Good, Good, Hard, Again, each on its due day: SM-2 gives 1, 6, 15, 38, 1."""
    scheduler = sm2.SM2Scheduler()
    state, day, got = CardState(), START, []
    for rating in [Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.AGAIN]:
        state = apply_rating(state, rating, scheduler, day, _at(day), 8).state
        got.append((state.interval, state.ef))
        if state.learning_day == day:
            state = apply_rating(state, Rating.GOOD, scheduler, day, _at(day), 8).state
        assert state.due is not None
        day = state.due
    assert got == [(1, 250), (6, 250), (15, 250), (38, 236), (1, 182)]


def test_golden_fsrs_history() -> None:
    """FSRS-6 default parameters at 90% retention, answering each card on its due day."""
    scheduler = FSRSScheduler(0.9)
    state, day, got = CardState(), START, []
    for rating in [Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.AGAIN, Rating.GOOD]:
        state = apply_rating(state, rating, scheduler, day, _at(day), 8).state
        got.append(state.interval)
        if state.learning_day == day:
            state = apply_rating(state, Rating.GOOD, scheduler, day, _at(day), 8).state
        assert state.due is not None
        day = state.due
    assert got == GOLDEN_FSRS
    assert state.stability is not None and 1 <= (state.difficulty or 0) <= 10


GOLDEN_FSRS = [2, 11, 46, 116, 4, 9]
"""Pinned with fsrs-rs-python 0.9.3: a change here is a change in what users are shown."""


def test_fsrs_retrievability_falls_with_time() -> None:
    scheduler = FSRSScheduler(0.9)
    state = apply_rating(CardState(), Rating.GOOD, scheduler, START, _at(START), 8).state
    assert state.due is not None
    r_due = scheduler.retrievability(state, state.due)
    r_late = scheduler.retrievability(state, state.due + timedelta(days=30))
    assert r_due is not None and r_late is not None
    assert 0.85 < r_due < 0.95 and r_late < r_due
    assert sm2.SM2Scheduler().retrievability(state, START) is None


def test_mix_spreads_new_cards_through_a_backlog() -> None:
    seq = ""
    new_done = reviews_done = 0
    new_left, reviews_left = 20, 300
    while new_left or reviews_left:
        if take_new_next("mix", new_done, reviews_done, new_left, reviews_left):
            seq, new_done, new_left = seq + "N", new_done + 1, new_left - 1
        else:
            seq, reviews_done, reviews_left = seq + ".", reviews_done + 1, reviews_left - 1
    assert seq.count("N") == 20
    assert "N" in seq[:20]  # a 10-minute box with a backlog still reaches new cards
    gaps = [len(g) for g in seq.split("N")[1:-1]]
    assert max(gaps) - min(gaps) <= 1
    assert not take_new_next("reviews-first", 0, 0, 5, 5)
    assert take_new_next("new-first", 0, 0, 5, 5)


def test_round_robin_takes_from_the_deck_with_fewest_new_today() -> None:
    decks = ["Big-O", "ML", "Patterns", "System Design"]
    done = {"Big-O": 2, "ML": 1, "Patterns": 1}
    assert new_deck_order("round-robin", decks, done, {}) == [
        "System Design",
        "ML",
        "Patterns",
        "Big-O",
    ]
    assert new_deck_order("deck", decks, done, {}) == decks
    assert new_deck_order("round-robin", decks, done, {"System Design": 0, "ML": 1}) == [
        "Patterns",
        "Big-O",
    ]
