"""config.toml: every key typed and range-checked, mistakes one line, unknown keys a warning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from drill.config import (
    FileConfig,
    GoalSettings,
    JudgeSettings,
    PlanSettings,
    PracticeSettings,
    ReviewSettings,
    load_settings,
)
from drill.errors import ConfigError
from tests.conftest import env_for


def _fields(struct: type[msgspec.Struct]) -> list[str]:
    return [f.name for f in msgspec.structs.fields(struct)]


# (table, key, a bad value as TOML, what the message must say is allowed)
BAD = [
    ("review", "new_per_day", '"twenty"', "a whole number from 0 to 9999"),
    ("review", "new_per_day", "-1", "a whole number from 0 to 9999"),
    ("review", "new_per_day", "2.5", "a whole number"),
    ("review", "max_reviews_per_day", "100000", "a whole number from 0 to 99999"),
    ("review", "rollover_hour", "25", "a whole number from 0 to 23"),
    ("review", "rollover_hour", "true", "a whole number from 0 to 23"),
    ("review", "leech_lapses", "0", "a whole number from 1 to 99"),
    ("review", "session_minutes", "0", "a whole number from 1 to 600"),
    ("practice", "show_patterns", '"yes"', "true or false"),
    ("review", "scheduler", '"fsrs5"', "one of 'fsrs', 'sm2'"),
    ("review", "desired_retention", "1.2", "a number from 0.7 to 0.99"),
    ("review", "new_order", '"random"', "one of 'deck', 'round-robin'"),
    ("review", "new_review_order", '"later"', "one of 'mix', 'new-first', 'reviews-first'"),
    ("review", "new_per_deck", "-5", "a whole number from 0 to 9999"),
    ("review", "deck_new_per_day", '{ "Big-O" = "five" }', "a table of whole numbers"),
    ("judge", "examples", "0", "a whole number from 1 to 100000"),
    ("judge", "wall_seconds", "0", "a number above 0 and at most 3600"),
    ("judge", "cpu_seconds", '"lots"', "a whole number from 1 to 3600"),
    ("judge", "call_seconds", "-1.0", "a number above 0 and at most 600"),
    ("judge", "load_seconds", "601", "a number above 0 and at most 600"),
    ("judge", "growth_seconds", "[]", "a number above 0 and at most 600"),
    ("judge", "memory_mib", "8", "a whole number from 64 to 65536"),
    ("judge", "file_mib", "0", "a whole number from 1 to 65536"),
    ("judge", "output_kib", "0", "a whole number from 1 to 1048576"),
    ("judge", "processes", "0", "a whole number from 1 to 4096"),
    ("goals", "solves", "0", "a whole number from 1 to 100000"),
    ("goals", "mature_cards", '"many"', "a whole number from 1 to 10000000"),
    ("goals", "streak_days", "-3", "a whole number from 1 to 36500"),
    ("goals", "median_solve_minutes", "0", "a number above 0 and at most 600"),
    ("goals", "medium_share", "1.5", "a number from 0 to 1"),
    ("goals", "hard_share", "-0.1", "a number from 0 to 1"),
    ("goals", "weekly_solves", "0", "a whole number from 1 to 1000"),
    ("plan", "start", '"2026-13-05"', "a date, e.g. 2026-01-05"),
    ("plan", "start", "2026-01-05T09:00:00", "a date, e.g. 2026-01-05"),
    ("plan", "start", "5", "a date, e.g. 2026-01-05"),
    (None, "timezone", "3", "a string"),
    (None, "editor", "false", "a string"),
    (None, "keys", '"space"', "a table of strings"),
    (None, "decks", "1", "a table of strings"),
]


def test_every_key_of_the_file_is_covered_by_a_bad_value() -> None:
    covered = {(t, k) for t, k, _, _ in BAD}
    expected = {("review", k) for k in _fields(ReviewSettings)}
    expected |= {("judge", k) for k in _fields(JudgeSettings)}
    expected |= {("practice", k) for k in _fields(PracticeSettings)}
    expected |= {("goals", k) for k in _fields(GoalSettings)}
    expected |= {("plan", k) for k in _fields(PlanSettings)}
    tables = ("review", "judge", "practice", "goals", "plan")
    expected |= {(None, k) for k in _fields(FileConfig) if k not in tables}
    assert expected <= covered


@pytest.mark.parametrize(("table", "key", "value", "allowed"), BAD)
def test_a_bad_value_is_one_line_naming_file_key_value_and_what_is_allowed(
    home: Path, table: str | None, key: str, value: str, allowed: str
) -> None:
    text = f"[{table}]\n{key} = {value}\n" if table else f"{key} = {value}\n"
    (home / "config.toml").write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_settings(home)
    message = str(caught.value)
    dotted = f"{table}.{key}" if table else key
    assert "\n" not in message
    assert str(home / "config.toml") in message
    assert f"`{dotted}`" in message
    assert allowed in message


def test_good_values_are_used(home: Path) -> None:
    (home / "config.toml").write_text(
        "[review]\nnew_per_day = 35\nrollover_hour = 0\n[judge]\nmemory_mib = 512\nexamples = 80\n"
        '[keys]\n"review.reveal" = "space"\n[decks]\nnotes = "~/notes"\n'
    )
    settings = load_settings(home)
    assert settings.review.new_per_day == 35 and settings.review.rollover_hour == 0
    assert settings.review.max_reviews_per_day == 200  # the default where the file is silent
    assert settings.judge_limits().memory_bytes == 512 << 20
    assert settings.judge_examples == 80
    assert settings.keymap == {"review.reveal": "space"}
    assert settings.deck_roots == (("notes", Path("~/notes").expanduser()),)


def test_goals_default_to_the_study_plan_and_take_the_file_s_values(home: Path) -> None:
    assert load_settings(home).goals == GoalSettings(
        solves=300,
        mature_cards=150,
        streak_days=30,
        median_solve_minutes=13,
        medium_share=0.6,
        hard_share=0.15,
        weekly_solves=12,
    )
    (home / "config.toml").write_text(
        "[goals]\nsolves = 150\nmedian_solve_minutes = 20\nmedium_share = 0.5\nhard_share = 0.5\n"
    )
    goals = load_settings(home).goals
    assert (goals.solves, goals.median_solve_minutes) == (150, 20.0)
    assert (goals.medium_share, goals.hard_share, goals.streak_days) == (0.5, 0.5, 30)


def test_goal_shares_over_one_are_refused_in_one_line(home: Path) -> None:
    (home / "config.toml").write_text("[goals]\nmedium_share = 0.7\nhard_share = 0.4\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(home)
    message = str(caught.value)
    assert "\n" not in message and str(home / "config.toml") in message
    assert "`goals.medium_share` + `goals.hard_share` = 1.1" in message
    assert "add up to 1 at most" in message


def test_unknown_keys_are_warnings_with_a_suggestion(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (home / "config.toml").write_text("[reveiw]\nx = 1\n[review]\nnew_per_dya = 5\n")
    settings = load_settings(home)
    assert settings.review == ReviewSettings()
    err = capsys.readouterr().err
    assert "unknown key `reveiw` is ignored; did you mean `review`?" in err
    assert "unknown key `review.new_per_dya` is ignored; did you mean `new_per_day`?" in err


def test_malformed_toml_names_the_file(home: Path) -> None:
    (home / "config.toml").write_text("[review\n")
    with pytest.raises(ConfigError, match=r"config\.toml.*fix the file"):
        load_settings(home)


@pytest.mark.parametrize("instant", ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "soon"])
def test_an_unusable_drill_now_is_one_line(instant: str, home: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "drill", "due"],
        env=env_for(home, now=instant),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert out.stderr.startswith("drill: DRILL_NOW=") and out.stderr.count("\n") == 1


def test_the_cli_refuses_a_bad_config_in_one_line_and_changes_nothing(home: Path) -> None:
    (home / "config.toml").write_text("[review]\nrollover_hour = 25\n")
    out = subprocess.run(
        [sys.executable, "-m", "drill", "due"],
        env=env_for(home),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "`review.rollover_hour` = 25" in out.stderr and "from 0 to 23" in out.stderr
    assert not (home / "drill.db").exists()


def test_readme_lists_every_key_with_its_default() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("### Settings", 1)[1].split("```toml", 1)[1].split("```", 1)[0]
    lines = {line.split("=", 1)[0].strip(): line for line in block.splitlines() if "=" in line}
    for struct in (ReviewSettings(), JudgeSettings(), PracticeSettings(), GoalSettings()):
        for name in _fields(type(struct)):
            default = getattr(struct, name)
            if isinstance(default, dict):
                continue  # a table: shown by example below its section
            assert name in lines, f"README's config example lacks {name}"
            shown = lines[name].split("=", 1)[1].split("#", 1)[0].strip()
            expected = str(default).lower() if isinstance(default, bool) else repr(default)
            assert shown.replace('"', "'") == expected.replace('"', "'"), (name, shown, expected)
