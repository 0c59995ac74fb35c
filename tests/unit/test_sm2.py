"""SM-2 as DESIGN.md states it: properties over every state and grade, and golden histories."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drill.core.sm2 import SM2State, interval_label, review

qualities = st.integers(min_value=0, max_value=5)
states = st.integers(min_value=0, max_value=30).flatmap(
    lambda reps: st.builds(
        SM2State,
        repetitions=st.just(reps),
        easiness=st.integers(min_value=130, max_value=400).map(lambda h: h / 100),
        interval=st.integers(min_value=1 if reps else 0, max_value=5000),
    )
)


def history(grades: list[int]) -> list[int]:
    state = SM2State.new()
    out = []
    for q in grades:
        state = review(state, q)
        out.append(state.interval)
    return out


def test_new_state_is_zero_reps_ef_2_5_interval_0() -> None:
    assert SM2State.new() == (0, 2.5, 0)
    assert SM2State.new().ef_hundredths == 250


def test_first_intervals_are_1_then_6_then_ceil_interval_times_ef() -> None:
    # EF stays 2.5 under q=4; 6 * 2.5 = 15, 15 * 2.5 = 37.5 -> 38, 38 * 2.5 = 95
    assert history([4, 4, 4, 4, 4]) == [1, 6, 15, 38, 95]


def test_perfect_grades_raise_ef_before_it_is_used() -> None:
    # q=5 adds 0.1 each time; the interval uses EF as it was before the review.
    # EF: 2.6, 2.7, 2.8, 2.9; intervals 1, 6, ceil(6*2.7)=17, ceil(17*2.8)=48
    assert history([5, 5, 5, 5]) == [1, 6, 17, 48]
    state = SM2State.new()
    for q in [5, 5, 5, 5]:
        state = review(state, q)
    assert state == (4, 2.9, 48)


def test_lapse_resets_repetitions_and_interval_and_lowers_ef() -> None:
    state = SM2State.new()
    for q in [4, 4, 4]:
        state = review(state, q)
    assert state == (3, 2.5, 15)
    lapsed = review(state, 1)
    assert lapsed == (0, 1.96, 1)  # 2.5 - 0.54
    assert history([4, 4, 4, 1, 4, 4, 4]) == [1, 6, 15, 1, 1, 6, 12]  # ceil(6 * 1.96) = 12


def test_golden_history_with_hard_answers() -> None:
    # q=3 lowers EF by 0.14 but still counts as a pass.
    state = SM2State.new()
    got = []
    for q in [3, 3, 3, 3, 3, 3, 3]:
        state = review(state, q)
        got.append((state.repetitions, state.easiness, state.interval))
    assert got == [
        (1, 2.36, 1),
        (2, 2.22, 6),
        (3, 2.08, 14),  # ceil(6 * 2.22) = ceil(13.32)
        (4, 1.94, 30),  # ceil(14 * 2.08) = ceil(29.12)
        (5, 1.8, 59),  # ceil(30 * 1.94) = ceil(58.2)
        (6, 1.66, 107),  # ceil(59 * 1.80) = ceil(106.2)
        (7, 1.52, 178),  # ceil(107 * 1.66) = ceil(177.62)
    ]


def test_ef_is_exact_so_no_float_drift_pushes_a_ceiling_up() -> None:
    assert review(SM2State(3, 2.0, 12), 4) == (4, 2.0, 24)
    # Five Hard answers and two Easy ones take EF from 2.50 to exactly 2.00 through sums that
    # are inexact in binary floating point; the next interval must still be exactly 24.
    state = SM2State(5, 2.5, 12)
    for q in [3, 3, 3, 3, 3, 5, 5]:
        state = review(state, q)
    assert state.ef_hundredths == 200
    assert review(SM2State(3, state.easiness, 12), 4).interval == 24
    floaty = 2.5 - 0.14 * 5 + 0.1 + 0.1  # 2.0000000000000004 in floats
    assert review(SM2State(3, floaty, 12), 4).interval == 24
    assert review(SM2State(3, 2.2, 10), 4).interval == 22
    assert review(SM2State(3, 1.3, 10), 4).interval == 13


@pytest.mark.parametrize("bad", [-1, 6, 2.0, 3.5, "4", None, True])
def test_quality_outside_integers_0_to_5_raises_value_error(bad: object) -> None:
    with pytest.raises(ValueError):
        review(SM2State.new(), bad)  # type: ignore[arg-type]


def test_impossible_states_are_rejected() -> None:
    with pytest.raises(ValueError):
        SM2State(0, 1.29, 0)
    with pytest.raises(ValueError):
        SM2State(2, 2.5, 0)  # passed twice, yet no interval


@given(states, qualities)
def test_ef_never_below_1_3(state: SM2State, q: int) -> None:
    assert review(state, q).easiness >= 1.3


@given(states, qualities)
def test_interval_at_least_one_after_any_review(state: SM2State, q: int) -> None:
    assert review(state, q).interval >= 1


@given(states, st.integers(min_value=0, max_value=2))
def test_failing_grade_resets_repetitions(state: SM2State, q: int) -> None:
    after = review(state, q)
    assert after.repetitions == 0
    assert after.interval == 1


@given(states, qualities, qualities)
def test_higher_quality_never_gives_a_shorter_interval(state: SM2State, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert review(state, high).interval >= review(state, low).interval


@given(states, qualities)
def test_ef_changes_by_the_exact_sm2_formula(state: SM2State, q: int) -> None:
    expected = max(
        130, state.ef_hundredths + round((0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)) * 100)
    )
    assert review(state, q).ef_hundredths == expected


@given(states, qualities)
def test_review_is_pure(state: SM2State, q: int) -> None:
    before = tuple(state)
    assert review(state, q) == review(state, q)
    assert tuple(state) == before


def test_interval_labels() -> None:
    assert interval_label(1) == "1d"
    assert interval_label(45) == "1.5mo"
    assert interval_label(730) == "2.0y"
