"""The daily learning log as a user writes it: `drill log`, and the line asked after sessions."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
from pathlib import Path

from tests.conftest import env_for
from tests.e2e.test_cli import DRILL, drill, read_until
from tests.e2e.test_practice import RIGHT, start_solve, write


def logged(home: Path, *args: str) -> list[dict[str, object]]:
    out = drill(home, "log", "--json", *args)
    assert out.returncode == 0, out.stderr
    entries: list[dict[str, object]] = json.loads(out.stdout)
    return entries


def test_log_add_then_list_by_week_and_as_json(home: Path) -> None:
    first = drill(
        home, "log", "add", "sliding", "window:", "shrink from the left", now="2026-03-02T09:00:00Z"
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout == "logged #1\n"
    # 03:30 on Monday 9 March is still Sunday's study day (rollover 04:00): week 10
    assert (
        drill(
            home, "log", "add", "heaps: push -x for a max-heap", now="2026-03-09T03:30:00Z"
        ).returncode
        == 0
    )
    assert (
        drill(home, "log", "add", "tries: one dict per node", now="2026-03-09T09:00:00Z").returncode
        == 0
    )

    everything = drill(home, "log", now="2026-03-09T09:00:00Z")
    assert everything.stdout.splitlines() == [
        "2026-03-02  hand     sliding window: shrink from the left",
        "2026-03-08  hand     heaps: push -x for a max-heap",
        "2026-03-09  hand     tries: one dict per node",
    ]
    week_10 = logged(home, "--week", "2026-W10")
    assert [(e["day"], e["week"], e["text"]) for e in week_10] == [
        ("2026-03-02", "2026-W10", "sliding window: shrink from the left"),
        ("2026-03-08", "2026-W10", "heaps: push -x for a max-heap"),
    ]
    this_week = drill(home, "log", "--week", now="2026-03-09T09:00:00Z")  # --week alone
    assert this_week.stdout == "2026-03-09  hand     tries: one dict per node\n"
    empty = drill(home, "log", "--week", "2026-W01")
    assert empty.returncode == 0 and "no log entries in 2026-W01" in empty.stdout
    bad = drill(home, "log", "--week", "March")
    assert (
        bad.returncode == 2
        and bad.stderr == "drill: 'March' is not an ISO week; write it like 2026-W02\n"
    )
    blank = drill(home, "log", "add", "   ")
    assert blank.returncode == 2 and len(logged(home)) == 3


def test_the_review_asks_what_i_learnt_and_keeps_the_line(user_home: Path) -> None:
    out = drill(
        user_home,
        "review",
        "--plain",
        "--deck",
        "Sample",
        stdin="\n3\n" * 5 + "a heap pops the smallest first\n",
    )
    assert out.returncode == 0, out.stderr
    assert "what did I learn (Enter to skip): " in out.stdout
    assert "kept in the learning log" in out.stdout
    assert out.stdout.strip().splitlines()[-1].startswith("reviewed 5 cards (0 again)")
    [entry] = logged(user_home)
    assert (entry["text"], entry["source"], entry["day"]) == (
        "a heap pops the smallest first",
        "review",
        "2026-03-02",
    )


def test_the_end_of_input_or_an_empty_line_stores_nothing(user_home: Path) -> None:
    eof = drill(user_home, "review", "--plain", "--deck", "Sample", stdin="\n3\n" * 2)
    assert eof.returncode == 0 and "what did I learn" in eof.stdout
    skipped = drill(user_home, "review", "--plain", "--deck", "Sample", stdin="\n3\n" * 3 + "\n")
    assert skipped.returncode == 0 and "kept in the learning log" not in skipped.stdout
    assert logged(user_home) == []


def test_nothing_reviewed_asks_nothing(user_home: Path) -> None:
    out = drill(user_home, "review", "--plain", "--deck", "Sample", stdin="q\nnot a lesson\n")
    assert "what did I learn" not in out.stdout
    assert logged(user_home) == []


def test_solving_asks_what_i_learnt_once_for_the_insight_card_and_the_log(home: Path) -> None:
    proc, seen = start_solve(home)
    write(home / "workspace" / "missing_number.py", RIGHT)
    read_until(proc, b"what did I learn", seen)
    assert proc.stdin is not None
    proc.stdin.write(b"Gauss: n(n+1)/2 minus the sum\n")
    proc.stdin.flush()
    read_until(proc, b"kept in the learning log", seen)
    assert proc.wait(timeout=60) == 0
    assert b"key insight" in seen and b"saved your insight as card" in seen
    [entry] = logged(home)
    assert (entry["text"], entry["source"]) == ("Gauss: n(n+1)/2 minus the sum", "practice")


def test_solving_then_end_of_input_stores_nothing(home: Path) -> None:
    proc, seen = start_solve(home)
    write(home / "workspace" / "missing_number.py", RIGHT)
    read_until(proc, b"what did I learn", seen)
    assert proc.stdin is not None
    proc.stdin.close()
    assert proc.wait(timeout=60) == 0
    assert logged(home) == []


def _read_pty(fd: int, marker: bytes, seen: bytearray) -> None:
    target = seen.count(marker) + 1
    while seen.count(marker) < target:
        ready, _, _ = select.select([fd], [], [], 60)
        assert ready, f"drill printed nothing for 60 s: {seen[-400:]!r}"
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            chunk = b""
        assert chunk, f"drill exited early: {seen[-400:]!r}"
        seen.extend(chunk)


def test_giving_up_in_a_terminal_asks_what_i_learnt(home: Path) -> None:
    """In a terminal (a pty here) `g` shows the reference, then asks the line; piped, `g` ends
    the session at once, as before (tests/e2e/test_practice.py)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [DRILL, "solve", "missing-number", "--plain", "--now"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env_for(home, DRILL_JUDGE_EXAMPLES="40", TERM="dumb"),
    )
    os.close(slave)
    seen = bytearray()
    try:
        _read_pty(master, b"save it to be judged", seen)
        os.write(master, b"g\n")
        _read_pty(master, b"what did I learn", seen)
        os.write(master, b"read the constraints: 0..n, one missing\n")
        _read_pty(master, b"kept in the learning log", seen)
        assert proc.wait(timeout=60) == 0
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    assert b"gave up; it comes back on 2026-03-03" in seen
    [entry] = logged(home)
    assert (entry["text"], entry["source"]) == (
        "read the constraints: 0..n, one missing",
        "practice",
    )


def test_the_weekly_recap_shows_the_weeks_entries(home: Path) -> None:
    drill(home, "log", "add", "two pointers need a sorted array", now="2026-02-24T09:00:00Z")
    drill(home, "log", "add", "not this week", now="2026-03-02T09:00:00Z")
    out = drill(home, "recap", "--week", "2026-W09", "--markdown")
    assert out.returncode == 0, out.stderr
    assert out.stdout.endswith(
        "- Contest percentile: —\n"
        "- Learning log:\n"
        "  - Tue 24 Feb: two pointers need a sorted array\n"
    )
    as_json = json.loads(drill(home, "recap", "--week", "2026-W09", "--json").stdout)
    assert as_json["log"] == [
        {"day": "2026-02-24", "text": "two pointers need a sorted array", "source": "hand"}
    ]
