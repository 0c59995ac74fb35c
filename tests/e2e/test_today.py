"""`drill today` as a user runs it: one plan week day by day, no plan, the plan file's errors.

The golden files in tests/e2e/golden/today/ are the whole output; after a deliberate change,
`DRILL_UPDATE_GOLDEN=1` rewrites them (then read the diff)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from drill import practice
from drill.config import load_settings
from drill.problembank import find_problem
from drill.store.db import open_store
from tests.conftest import at
from tests.e2e.test_cli import drill

GOLDEN = Path(__file__).parent / "golden" / "today"
WEEK_6 = {  # the plan starts on Monday 5 January 2026: week 6 is 9-15 February
    "monday": "2026-02-09T09:00:00Z",
    "tuesday": "2026-02-10T09:00:00Z",
    "wednesday": "2026-02-11T09:00:00Z",
    "thursday": "2026-02-12T09:00:00Z",
    "friday": "2026-02-13T09:00:00Z",
    "saturday": "2026-02-14T09:00:00Z",
    "sunday": "2026-02-15T09:00:00Z",
}


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("DRILL_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    assert text == path.read_text(), f"drill today on {name} changed; see {path}"


def give_up_on(home: Path, slug: str, instant: str) -> None:
    """An attempt given up at `instant`: the problem is due to be re-solved the next day."""
    settings = load_settings(home)
    store = open_store(settings)
    try:
        meta = find_problem(slug, settings.problem_dirs())
        attempt = practice.start_attempt(store, settings, meta, "# starter\n", at(instant))
        practice.give_up(store, settings, attempt.id, "# starter\n", at(instant))
    finally:
        store.close()


@pytest.fixture
def plan_home(tmp_path: Path) -> Path:
    home = tmp_path / "fresh"
    home.mkdir()
    (home / "config.toml").write_text("[plan]\nstart = 2026-01-05\n")
    return home


def test_each_weekday_of_a_plan_week(plan_home: Path) -> None:
    monday = drill(plan_home, "today", now=WEEK_6["monday"])
    assert monday.returncode == 0, monday.stderr
    check_golden("monday", monday.stdout)
    # Monday's problem, given up: due on Tuesday, so it leads the re-solves from then on
    give_up_on(plan_home, "best-time-to-buy-sell-stock", "2026-02-09T10:00:00Z")
    for day, now in list(WEEK_6.items())[1:]:
        out = drill(plan_home, "today", now=now)
        assert out.returncode == 0, out.stderr
        assert out.stderr == ""
        check_golden(day, out.stdout)


def test_the_slots_commands_follow_the_rhythm(plan_home: Path) -> None:
    """What a wrong rhythm would break, independently of the golden text."""
    assert drill(plan_home, "sync").returncode == 0
    give_up_on(plan_home, "best-time-to-buy-sell-stock", "2026-02-09T10:00:00Z")
    seen = {}
    for day, now in WEEK_6.items():
        out = drill(plan_home, "today", "--json", now=now)
        assert out.returncode == 0, out.stderr
        seen[day] = json.loads(out.stdout)
    for day, work in seen.items():
        assert work["week"] == 6 and work["plan_week"]["title"] == "Two Pointers / Sliding Window"
        assert work["slot"]["day"] == day
        assert (
            work["items"][0]["kind"] == "review" and work["items"][0]["command"] == "drill review"
        )
        assert (
            work["review"]["total"]
            == work["review"]["new"] + work["review"]["review"] + (work["review"]["learning"])
        )

    def commands(day: str) -> list[str]:
        return [i["command"] for i in seen[day]["items"][1:] if i["command"]]

    tuesday = [i for i in seen["tuesday"]["items"] if i["kind"] == "guided"]
    assert tuesday[0]["problem"] == "best-time-to-buy-sell-stock"  # due first
    wednesday = [i for i in seen["wednesday"]["items"] if i["kind"] == "unguided"]
    assert len(wednesday) == 2
    assert all(i["difficulty"] == "medium" and i["minutes"] == 30 for i in wednesday)
    thursday = [i for i in seen["thursday"]["items"] if i["kind"] == "resolve"]
    assert [i["problem"] for i in thursday] == ["best-time-to-buy-sell-stock"]
    assert commands("friday") == ['drill log add "..."']
    assert commands("saturday")[0] == "drill set --week 6 --count 3 --minutes 90"
    assert commands("sunday") == ["drill contest", 'drill log add "..."']


def test_without_a_plan_start_it_proposes_review_and_the_due_resolves(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    assert drill(home, "sync").returncode == 0  # the first run loads the shipped decks
    give_up_on(home, "two-sum", "2026-03-01T10:00:00Z")
    out = drill(home, "today", now="2026-03-03T09:00:00Z")
    assert out.returncode == 0, out.stderr
    check_golden("no-plan", out.stdout)
    work = json.loads(drill(home, "today", "--json", now="2026-03-03T09:00:00Z").stdout)
    assert work["week"] is None and work["slot"] is None
    assert [(i["kind"], i["command"]) for i in work["items"]] == [
        ("review", "drill review"),
        ("resolve", "drill solve two-sum"),
    ]


def test_weeks_before_and_after_the_block_get_the_nearest_week(plan_home: Path) -> None:
    early = json.loads(drill(plan_home, "today", "--json", now="2026-01-13T09:00:00Z").stdout)
    assert (early["week"], early["plan_week"]["week"]) == (2, 5)
    assert "before the plan's problem block" in early["note"]
    late = json.loads(drill(plan_home, "today", "--json", now="2026-04-01T09:00:00Z").stdout)
    assert (late["week"], late["plan_week"]["week"]) == (13, 12)
    before = json.loads(drill(plan_home, "today", "--json", now="2025-12-30T09:00:00Z").stdout)
    assert before["week"] == 0 and "the plan starts on 2026-01-05" in before["note"]


def test_a_users_plan_file_overrides_the_shipped_one(plan_home: Path) -> None:
    copied = drill(plan_home, "today", "--init-plan")
    assert copied.returncode == 0, copied.stderr
    mine = plan_home / "plan.toml"
    text = mine.read_text()
    assert 'title = "Two Pointers / Sliding Window"' in text
    mine.write_text(
        text.replace('title = "Two Pointers / Sliding Window"', 'title = "Windows, my way"')
        .replace('title = "a 90-minute timed set of three"', 'title = "a long set"')
        .replace("problems = 3\nminutes = 90", "problems = 4\nminutes = 120")
    )
    out = drill(plan_home, "today", now=WEEK_6["saturday"])
    assert out.returncode == 0, out.stderr
    assert "plan week 6: Windows, my way" in out.stdout
    assert "Saturday: a long set" in out.stdout
    assert "drill set --week 6 --count 4 --minutes 120" in out.stdout
    listed = json.loads(drill(plan_home, "problems", "--plan", "--json").stdout)
    assert [w["title"] for w in listed if w["week"] == 6] == ["Windows, my way"]
    again = drill(plan_home, "today", "--init-plan")
    assert again.returncode == 2 and "already exists" in again.stderr
    assert mine.read_text() != text  # never copied over the user's own


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('categories = ["stack"]', 'categories = ["stack"]\npatterns = ["stak"]'),
            "plan.toml:84: week 7: unknown pattern 'stak'; did you mean 'stack'?",
        ),
        (
            ('categories = ["heap"]', 'categories = ["heaps"]'),
            "plan.toml:99: week 10: unknown category 'heaps'; did you mean 'heap'?",
        ),
        (("[routine]", "[routine"), "plan.toml:12: Expected ']' at the end of a table declaration"),
        (('kind = "cards"', 'kind = "card"'), "plan.toml:55: rhythm.friday: unknown kind 'card'"),
    ],
)
def test_a_broken_plan_file_is_one_line_and_exit_2(
    plan_home: Path, change: tuple[str, str], message: str
) -> None:
    assert drill(plan_home, "today", "--init-plan").returncode == 0
    mine = plan_home / "plan.toml"
    text = mine.read_text()
    assert change[0] in text
    mine.write_text(text.replace(change[0], change[1], 1))
    out = drill(plan_home, "today", now=WEEK_6["monday"])
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.count("\n") == 1 and out.stderr.startswith(f"drill: {mine}")
    assert message in out.stderr


def test_a_bad_plan_start_is_one_line_and_exit_2(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    home.mkdir()
    (home / "config.toml").write_text('[plan]\nstart = "5 January"\n')
    out = drill(home, "today")
    assert out.returncode == 2
    assert out.stderr == (
        f"drill: {home / 'config.toml'}: `plan.start` = '5 January' is not allowed: "
        "use a date, e.g. 2026-01-05\n"
    )
