"""Study days roll over at 04:00 local time, across time zones and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drill.core.days import day_start, study_day


def test_before_rollover_belongs_to_previous_day() -> None:
    tz = ZoneInfo("Europe/Paris")
    # 03:59 in Paris on 5 March (UTC+1) is still the study day of 4 March.
    assert study_day(datetime(2026, 3, 5, 2, 59, tzinfo=UTC), tz) == date(2026, 3, 4)
    assert study_day(datetime(2026, 3, 5, 3, 0, tzinfo=UTC), tz) == date(2026, 3, 5)


def test_rollover_hour_is_configurable() -> None:
    assert study_day(datetime(2026, 3, 5, 5, 0, tzinfo=UTC), UTC, 6) == date(2026, 3, 4)
    assert study_day(datetime(2026, 3, 5, 0, 30, tzinfo=UTC), UTC, 0) == date(2026, 3, 5)


def test_naive_datetime_is_rejected() -> None:
    with pytest.raises(ValueError):
        study_day(datetime(2026, 3, 5, 12, 0), UTC)


def test_dst_change_keeps_rollover_at_local_four() -> None:
    tz = ZoneInfo("America/New_York")
    # DST starts 8 March 2026: 04:00 local is 08:00 UTC before, 08:00 UTC... after it is 08:00.
    assert day_start(date(2026, 3, 7), tz) == datetime(2026, 3, 7, 9, 0, tzinfo=UTC)
    assert day_start(date(2026, 3, 8), tz) == datetime(2026, 3, 8, 8, 0, tzinfo=UTC)


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
    ),
    st.sampled_from(["UTC", "Europe/Paris", "Asia/Kolkata", "America/Los_Angeles"]),
)
def test_an_instant_lies_within_its_study_day(instant: datetime, zone: str) -> None:
    tz = ZoneInfo(zone)
    day = study_day(instant, tz)
    assert day_start(day, tz) <= instant
    assert study_day(day_start(day, tz), tz) == day
