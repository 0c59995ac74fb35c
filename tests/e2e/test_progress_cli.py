"""`drill stats` and `drill recap` as a user runs them, over the seeded synthetic history."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drill.config import load_settings
from drill.stats import progress_stats, weekly_recap
from drill.store.db import open_store
from tests import progress_history as h
from tests.conftest import at, env_for
from tests.e2e.test_cli import DRILL, drill


@pytest.fixture
def history_home(home: Path, only_sample: Path) -> Path:
    store, _ = h.open_history(home)
    store.close()
    return home


def test_stats_json_is_every_figure_of_the_use_case(history_home: Path, home: Path) -> None:
    out = drill(history_home, "stats", "--json")
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)

    settings = load_settings(history_home)
    store = open_store(settings)
    try:
        assert figures == json.loads(
            json.dumps(progress_stats(store, settings, at(h.NOW)).as_dict())
        )
    finally:
        store.close()
    assert set(figures) == {"day", "deck", "reviews", "cards", "problems", "oops", "contests"}
    assert figures["reviews"]["streak"]["current"] == 10
    assert figures["cards"]["mature"] == 4 and figures["problems"]["solved"] == 5
    assert figures["problems"]["weakest"][0]["next_problem"] == "valid-brackets"


def test_stats_text_and_one_deck(history_home: Path) -> None:
    out = drill(history_home, "stats")
    assert out.returncode == 0, out.stderr
    assert "streak     10 days (longest 198, goal 30)" in out.stdout
    assert "cards      2 new · 4 young · 4 mature (goal 150) · 2 suspended" in out.stdout
    assert "solved     5/300: easy 2 · medium 2 · hard 1" in out.stdout
    assert "median     12.0 min over 7 solves (target 20), goal ≤ 13" in out.stdout
    beta = drill(history_home, "stats", "--json", "--deck", "Beta")
    assert beta.returncode == 0, beta.stderr
    assert json.loads(beta.stdout)["cards"]["new"] == 1
    missing = drill(history_home, "stats", "--deck", "Gamma")
    assert missing.returncode == 2
    assert missing.stderr == "drill: no deck 'Gamma'; `drill decks` lists them\n"


def test_recap_markdown_then_answers_kept_for_the_next_run(history_home: Path) -> None:
    out = drill(history_home, "recap", "--markdown")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(
        "## Week 2026-W09 (23 Feb – 01 Mar 2026)\n\n- LeetCode solved: 4/12\n"
    )
    assert "- One-line win: —\n" in out.stdout  # not a terminal: nothing asked, nothing stored
    saved = drill(
        history_home,
        "recap",
        "--week",
        "2026-W09",
        "--json",
        "--win",
        "two mediums under target",
        "--mock",
        "--percentile",
        "91",
    )
    assert saved.returncode == 0, saved.stderr
    recap = json.loads(saved.stdout)
    assert recap["win"] == "two mediums under target" and recap["mock_interview"] is True
    assert recap["ml_notebook"] is None and recap["contest_percentile"] == 91
    again = drill(history_home, "recap", "--markdown")
    assert "- One-line win: two mediums under target\n" in again.stdout
    assert "- Mock interview done: yes\n" in again.stdout
    assert "- Contest percentile: 91\n" in again.stdout
    # one more answer later keeps the others
    drill(history_home, "recap", "--week", "2026-w09", "--notebook")
    final = json.loads(drill(history_home, "recap", "--json").stdout)
    assert (final["ml_notebook"], final["mock_interview"], final["answered"]) == (True, True, True)


def test_recap_json_matches_the_use_case(history_home: Path) -> None:
    out = drill(history_home, "recap", "--week", "2026-W08", "--json")
    assert out.returncode == 0, out.stderr

    settings = load_settings(history_home)
    store = open_store(settings)
    try:
        expected = weekly_recap(store, settings, at(h.NOW), "2026-W08").as_dict()
    finally:
        store.close()
    assert json.loads(out.stdout) == expected
    assert expected["solved"] == 2 and expected["top_pattern"] == {"pattern": "bfs", "attempts": 1}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--week", "2026-02"], "'2026-02' is not an ISO week; write it like 2026-W02"),
        (["--percentile", "140"], "contest percentile 140 is not allowed: use 0 to 100"),
    ],
)
def test_recap_mistakes_are_one_line(history_home: Path, args: list[str], message: str) -> None:
    out = drill(history_home, "recap", *args)
    assert out.returncode == 2
    assert out.stderr == f"drill: {message}\n"


def test_in_a_terminal_recap_asks_once_and_keeps_the_answers(history_home: Path) -> None:
    """The four things drill can't know are asked on the first run only."""

    def run_in_pty(answers: bytes) -> str:
        master, slave = os.openpty()
        proc = subprocess.Popen(
            [DRILL, "recap", "--markdown"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env_for(history_home),
        )
        os.close(slave)
        os.write(master, answers)
        seen = b""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
            elif proc.poll() is not None:
                break
        proc.wait(timeout=30)
        os.close(master)
        assert proc.returncode == 0, seen
        return seen.decode().replace("\r\n", "\n")

    first = run_in_pty(b"kept the streak\ny\nn\n72%\n")
    assert "A few things drill can't know about 2026-W09" in first
    assert "- One-line win: kept the streak\n" in first
    assert "- ML notebook done: yes\n- Mock interview done: no\n" in first
    assert "- Contest percentile: 72\n" in first
    second = run_in_pty(b"")
    assert "can't know" not in second
    assert "- One-line win: kept the streak\n" in second


HEAVY = ("sqlalchemy", "alembic", "textual", "plotext", "pygments")

PROBE = f"""
import sys
from drill.cli import main
try:
    main(sys.argv[1:])
finally:
    print(sorted({{m.split(".")[0] for m in sys.modules}} & set({HEAVY!r})), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["stats", "--json"],
        ["stats", "--json", "--deck", "Beta"],
        ["stats"],  # not a terminal: no chart, so no plotext either
        ["recap", "--json"],
    ],
)
def test_progress_commands_on_a_current_store_import_no_sqlalchemy(
    history_home: Path, args: list[str]
) -> None:
    """On an up-to-date SQLite store the progress figures are read with the standard library's
    sqlite3 alone: SQLAlchemy's import (a third of a second) is not paid for a report."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env=env_for(history_home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr.splitlines()[-1] == "[]"
    if "--json" in args:
        assert json.loads(out.stdout)
