"""Streaks and ISO weeks, the pure arithmetic under `drill stats` and `drill recap`."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drill.core.progress import goal_mix, iso_week, rate, streaks, week_monday

TODAY = date(2026, 3, 2)


def days_ago(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in offsets]


def test_no_answers_no_streak() -> None:
    s = streaks([], TODAY)
    assert (s.current, s.longest, s.studied_today) == (0, 0, False)


def test_a_streak_runs_to_today() -> None:
    s = streaks(days_ago(0, 1, 2), TODAY)
    assert (s.current, s.longest, s.studied_today) == (3, 3, True)


def test_today_not_studied_yet_keeps_yesterday_s_streak() -> None:
    s = streaks(days_ago(1, 2, 3, 4), TODAY)
    assert (s.current, s.longest, s.studied_today) == (4, 4, False)


def test_a_missed_day_ends_the_streak() -> None:
    s = streaks(days_ago(2, 3, 4), TODAY)
    assert (s.current, s.longest) == (0, 3)
    s = streaks(days_ago(0, 1, 3, 4, 5, 6, 7), TODAY)
    assert (s.current, s.longest) == (2, 5)


def test_days_after_today_and_repeated_days_do_not_count() -> None:
    s = streaks([*days_ago(0, 0, 1), TODAY + timedelta(days=1)], TODAY)
    assert (s.current, s.longest) == (2, 2)


@given(st.sets(st.integers(min_value=0, max_value=60)))
def test_current_never_exceeds_longest_and_both_count_real_days(offsets: set[int]) -> None:
    s = streaks(days_ago(*offsets), TODAY)
    assert 0 <= s.current <= s.longest <= len(offsets)
    assert s.studied_today == (0 in offsets)
    if 0 in offsets or 1 in offsets:
        start = 0 if 0 in offsets else 1
        run = 0
        while start + run in offsets:
            run += 1
        assert s.current == run
    else:
        assert s.current == 0


def test_iso_weeks_round_trip_and_cross_the_year() -> None:
    assert iso_week(date(2026, 1, 1)) == "2026-W01"
    assert iso_week(date(2027, 1, 1)) == "2026-W53"
    assert iso_week(date(2025, 12, 29)) == "2026-W01"
    assert week_monday("2026-w02") == date(2026, 1, 5)
    assert week_monday(iso_week(TODAY)) == date(2026, 3, 2)


@pytest.mark.parametrize("bad", ["2026-02", "W02", "2026-W54", "2026-Wxx", ""])
def test_a_week_that_is_not_iso_says_how_to_write_one(bad: str) -> None:
    with pytest.raises(ValueError, match="write it like 2026-W02"):
        week_monday(bad)


def test_rates_and_the_goal_mix() -> None:
    assert rate(1, 3) == 0.3333 and rate(0, 0) is None
    assert goal_mix(300, 0.6, 0.15) == {"easy": 75, "medium": 180, "hard": 45}
    assert goal_mix(10, 0.5, 0.5) == {"easy": 0, "medium": 5, "hard": 5}
