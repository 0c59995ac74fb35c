"""The plan file's parser: the shipped plan, the nearest week, and errors naming file:line."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drill.core.plan import PlanError, parse_plan, plan_week_number
from drill.planfile import SHIPPED_PLAN, shipped_plan
from drill.practice import PlanWeek, ProblemRow, plan_weeks

TEXT = SHIPPED_PLAN.read_text(encoding="utf-8")


def test_the_shipped_plan_holds_weeks_5_to_12_the_rhythm_routine_and_targets() -> None:
    plan = parse_plan(TEXT, known_patterns={"prefix-sum"})
    assert [w.week for w in plan.weeks] == list(range(5, 13))
    assert plan.weeks[3] == PlanWeek(8, "Prefix Sum / Intervals", ("intervals",), ("prefix-sum",))
    assert [(s.day, s.kind, s.problems, s.minutes) for s in plan.rhythm] == [
        ("monday", "study", 1, None),
        ("tuesday", "guided", 2, None),
        ("wednesday", "unguided", 2, 30),
        ("thursday", "resolve", 2, None),
        ("friday", "cards", 0, None),
        ("saturday", "set", 3, 90),
        ("sunday", "contest", 4, 90),
    ]
    assert plan.rhythm[2].difficulty == "medium"
    assert (plan.routine.review, plan.routine.coding, plan.routine.reflection) == (10, 50, 10)
    assert plan.targets.weekly_solves == 12
    assert shipped_plan() == parse_plan(TEXT)


def test_the_slot_follows_the_weekday() -> None:
    plan = shipped_plan()
    assert plan.slot(date(2026, 2, 11)).kind == "unguided"  # a Wednesday
    assert plan.slot(date(2026, 2, 15)).kind == "contest"  # a Sunday


@pytest.mark.parametrize(
    ("number", "followed"), [(-3, 5), (0, 5), (1, 5), (4, 5), (5, 5), (9, 9), (12, 12), (40, 12)]
)
def test_a_week_outside_the_block_follows_the_nearest_one(number: int, followed: int) -> None:
    assert shipped_plan().week(number).week == followed


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)), st.integers(0, 400))
def test_week_1_starts_on_the_start_day_and_each_week_is_seven_days(start: date, days: int) -> None:
    from datetime import timedelta

    day = start + timedelta(days=days)
    assert plan_week_number(start, day) == days // 7 + 1
    assert plan_week_number(start, start - timedelta(days=1)) == 0


def test_problems_go_to_the_week_of_their_pattern_else_their_category() -> None:
    def row(slug: str, category: str, patterns: tuple[str, ...], level: str = "easy") -> ProblemRow:
        return ProblemRow(slug, slug, category, level, patterns, "new", None, 0, None, 10)

    rows = [
        row("range-sum", "arrays-hashing", ("prefix-sum",)),
        row("two-sum", "arrays-hashing", ("hashing",), "medium"),
        row("contains", "arrays-hashing", ("hashing",)),
        row("climb", "dp-1d", ("dp",)),
    ]
    weeks = {w.week: [r.slug for r in mine] for w, mine in plan_weeks(rows)}
    assert weeks[5] == ["contains", "two-sum"]  # easy before medium
    assert weeks[8] == ["range-sum"]  # its pattern's week wins over its category's
    assert all("climb" not in slugs for slugs in weeks.values())


def broken(old: str, new: str, patterns: set[str] | None = None) -> str:
    assert old in TEXT
    with pytest.raises(PlanError) as caught:
        parse_plan(TEXT.replace(old, new, 1), "plan.toml", patterns)
    return str(caught.value)


def test_errors_name_the_file_the_line_and_the_fix() -> None:
    assert broken(
        'categories = ["stack"]', 'categories = ["stack"]\npatterns = ["stak"]', {"stack"}
    ) == ("plan.toml:84: week 7: unknown pattern 'stak'; did you mean 'stack'?")
    assert broken('categories = ["heap"]', 'categories = ["heaps"]') == (
        "plan.toml:99: week 10: unknown category 'heaps'; did you mean 'heap'?"
    )
    assert broken("[routine]", "[routine").startswith("plan.toml:12: Expected ']'")
    assert broken('kind = "cards"', 'kind = "card"').startswith(
        "plan.toml:55: rhythm.friday: unknown kind 'card'; use one of: study, guided"
    )
    assert broken("[rhythm.friday]", "[rhythm.fryday]").startswith(
        "plan.toml:54: rhythm: unknown day 'fryday'; use monday..sunday; did you mean 'friday'?"
    )
    assert broken("problems = 2\ndifficulty", "problems = 99\ndifficulty") == (
        "plan.toml:45: rhythm.wednesday: `problems` = 99 is not allowed: use a whole number "
        "from 0 to 20"
    )
    assert broken("week = 6", "week = 5") == (
        "plan.toml:75: week 5: weeks must be in order, each once (after week 5)"
    )
    assert broken("[targets]\n", "[targets]\nweekly = 3\n").startswith(
        "plan.toml:18: targets: unknown key 'weekly'; did you mean 'weekly_solves'?"
    )


def test_any_pattern_is_taken_when_the_bank_is_not_given() -> None:
    plan = parse_plan(TEXT.replace('patterns = ["prefix-sum"]', 'patterns = ["my-own"]'))
    assert plan.weeks[3].patterns == ("my-own",)
