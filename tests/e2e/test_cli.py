"""The installed `drill` command, run as a user runs it, in a temporary home with DRILL_NOW."""

from __future__ import annotations

import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import env_for

DRILL = str(Path(sys.executable).parent / "drill")


def drill(
    home: Path, *args: str, now: str = "2026-03-02T09:00:00Z", stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DRILL, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env_for(home, now, **env),
        timeout=120,
    )


def due(home: Path, now: str) -> dict[str, int]:
    out = drill(home, "due", "--json", "--deck", "Sample", now=now)
    assert out.returncode == 0, out.stderr
    result: dict[str, int] = json.loads(out.stdout)
    return result


def test_first_run_creates_the_database_and_loads_shipped_decks(user_home: Path) -> None:
    out = drill(user_home, "decks", "--json")
    assert out.returncode == 0, out.stderr
    names = {row["deck"] for row in json.loads(out.stdout)}
    assert "Sample" in names and len(names) >= 2  # the sample plus the shipped decks
    assert (user_home / "drill.db").exists()
    sample = next(r for r in json.loads(out.stdout) if r["deck"] == "Sample")
    assert sample == {
        "deck": "Sample",
        "cards": 5,
        "new": 5,
        "due": 0,
        "learning": 0,
        "mature": 0,
        "suspended": 0,
    }


def test_python_dash_m_drill_works(user_home: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "drill", "--version"],
        capture_output=True,
        text=True,
        env=env_for(user_home),
    )
    assert out.returncode == 0 and "drill" in out.stdout


def test_sync_prints_added_updated_suspended(user_home: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "mine.md").write_text('+++\nname = "Mine"\n+++\nID: m1\nQ: q\nA: a\n')
    out = drill(user_home, "sync", "--decks", str(extra))
    assert out.returncode == 0, out.stderr
    assert "synced" in out.stdout and " added" in out.stdout
    (extra / "mine.md").write_text('+++\nname = "Mine"\n+++\nID: m1\nQ: q\nA: b\n')
    out = drill(user_home, "sync", "--decks", str(extra), "--json")
    report = json.loads(out.stdout)
    assert (report["added"], report["updated"], report["suspended"]) == (0, 1, 0)
    (extra / "mine.md").write_text('+++\nname = "Mine"\n+++\n')
    report = json.loads(drill(user_home, "sync", "--decks", str(extra), "--json").stdout)
    assert report["suspended"] == 1


def test_piped_review_grades_cards_and_they_come_due_on_the_right_days(user_home: Path) -> None:
    assert due(user_home, "2026-03-02T09:00:00Z") == {
        "new": 5,
        "review": 0,
        "learning": 0,
        "total": 5,
    }
    # Five new cards: Enter then Good (3) for each; stops by itself when the queue is empty.
    out = drill(user_home, "review", "--plain", "--deck", "Sample", stdin="\n3\n" * 5)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1].startswith("reviewed 5 cards (0 again)")
    assert "nothing left for today" in out.stdout
    assert due(user_home, "2026-03-02T23:00:00Z")["total"] == 0
    assert due(user_home, "2026-03-03T03:59:00Z")["total"] == 0  # study day rolls over at 04:00
    assert due(user_home, "2026-03-03T04:00:00Z") == {
        "new": 0,
        "review": 5,
        "learning": 0,
        "total": 5,
    }
    out = drill(
        user_home,
        "review",
        "--plain",
        "--deck",
        "Sample",
        stdin="\n3\n" * 5,
        now="2026-03-03T09:00:00Z",
    )
    assert "reviewed 5 cards" in out.stdout
    assert due(user_home, "2026-03-08T09:00:00Z")["review"] == 0  # interval 6 from 3 March
    assert due(user_home, "2026-03-09T09:00:00Z")["review"] == 5


def test_again_comes_back_the_same_day_and_undo_takes_an_answer_back(user_home: Path) -> None:
    # Again on the first card: it repeats later today (DRILL_NOW stands still, so its minute
    # never passes and it comes once nothing else is left). Good on the second; at the third's
    # prompt, undo brings the second back; then Enter on each answer side is Good, as in Anki.
    script = "\n1\n" + "\n3\n" + "u\n" + "\n\n" * 5
    out = drill(user_home, "review", "--plain", "--deck", "Sample", stdin=script)
    assert out.returncode == 0, out.stderr
    assert "undone." in out.stdout
    headers = [line for line in out.stdout.splitlines() if line.startswith("── ")]
    assert [h.split(" · ")[1] for h in headers] == [
        "new",
        "new",
        "new",
        "new",
        "new",
        "new",
        "new",
        "repeat",
    ]
    assert "reviewed 6 cards (1 again)" in out.stdout
    assert due(user_home, "2026-03-02T09:00:00Z") == {
        "new": 0,
        "review": 0,
        "learning": 0,
        "total": 0,
    }
    conn = sqlite3.connect(user_home / "drill.db")
    rows = conn.execute("SELECT kind, quality FROM review_log ORDER BY id").fetchall()
    conn.close()
    assert rows == [("new", 1), ("new", 4), ("new", 4), ("new", 4), ("new", 4), ("repeat", 4)]


def test_bury_and_suspend_in_the_plain_review_and_undo_of_each(user_home: Path) -> None:
    # bury the first card at its question, suspend the second at its answer, undo the
    # suspend (the second card comes back), Good on it, then quit
    script = "-\n" + "\ns\n" + "u\n" + "\n3\n" + "q\n"
    out = drill(user_home, "review", "--plain", "--deck", "Sample", stdin=script)
    assert out.returncode == 0, out.stderr
    assert "buried until tomorrow" in out.stdout and "unsuspended." in out.stdout
    conn = sqlite3.connect(user_home / "drill.db")
    buried = conn.execute("SELECT uid FROM cards WHERE buried_day IS NOT NULL").fetchall()
    suspended = conn.execute("SELECT count(*) FROM cards WHERE suspended").fetchone()
    logged = conn.execute("SELECT count(*) FROM review_log").fetchone()
    conn.close()
    assert buried == [("s-list-append",)] and suspended == (0,) and logged == (1,)
    assert due(user_home, "2026-03-02T09:00:00Z")["new"] == 3  # the buried card waits
    assert due(user_home, "2026-03-03T09:00:00Z")["new"] == 4  # and is back tomorrow


def test_limits_hold_across_runs(user_home: Path) -> None:
    (user_home / "config.toml").write_text("[review]\nnew_per_day = 2\n")
    assert due(user_home, "2026-03-02T09:00:00Z")["new"] == 2
    out = drill(user_home, "review", "--plain", "--deck", "Sample", stdin="\n4\n" * 10)
    assert "reviewed 2 cards" in out.stdout
    assert due(user_home, "2026-03-02T12:00:00Z")["new"] == 0
    assert due(user_home, "2026-03-03T12:00:00Z") == {
        "new": 2,
        "review": 2,
        "learning": 0,
        "total": 4,
    }


def read_until(proc: subprocess.Popen[bytes], marker: bytes, seen: bytearray) -> None:
    """Read the child's output until `marker` has appeared once more; bounded, no sleeping."""
    assert proc.stdout is not None
    target = seen.count(marker) + 1
    fd = proc.stdout.fileno()
    while seen.count(marker) < target:
        ready, _, _ = select.select([fd], [], [], 60)
        assert ready, f"drill printed nothing for 60 s; output so far: {seen[-400:]!r}"
        chunk = os.read(fd, 4096)
        assert chunk, f"drill exited early: {seen[-400:]!r}"
        seen.extend(chunk)


def test_kill_9_in_the_middle_of_a_piped_review_loses_no_answered_card(user_home: Path) -> None:
    drill(user_home, "sync")
    proc = subprocess.Popen(
        [DRILL, "review", "--plain", "--deck", "Sample"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env_for(user_home),
    )
    assert proc.stdin is not None
    seen = bytearray()
    front_prompt = b"[Enter] show answer"
    read_until(proc, front_prompt, seen)
    for grade in (b"4", b"3", b"1"):
        proc.stdin.write(b"\n")
        proc.stdin.flush()
        read_until(proc, b"q quit: ", seen)  # the grade prompt
        proc.stdin.write(grade + b"\n")
        proc.stdin.flush()
        read_until(proc, front_prompt, seen)  # the next card: the answer is committed by now
    proc.stdin.write(b"\n")  # reveal a fourth card, then die before grading it
    proc.stdin.flush()
    read_until(proc, b"q quit: ", seen)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    conn = sqlite3.connect(user_home / "drill.db")
    rows = conn.execute("SELECT quality FROM review_log ORDER BY id").fetchall()
    reviewed = conn.execute("SELECT count(*) FROM cards WHERE reviews > 0").fetchone()[0]
    conn.close()
    assert rows == [(5,), (4,), (1,)]  # keys 4, 3, 1 are Easy, Good, Again
    assert reviewed == 3


def test_unknown_command_is_one_line_and_exit_2(user_home: Path) -> None:
    out = drill(user_home, "reveiw")
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "No such command 'reveiw'" in out.stderr


def test_bad_deck_file_names_file_and_line_and_changes_nothing(user_home: Path) -> None:
    assert drill(user_home, "sync").returncode == 0
    before = (user_home / "drill.db").read_bytes()
    deck = user_home / "decks" / "sample.md"
    deck.write_text(deck.read_text() + "\nQ: unanswered\n")
    out = drill(user_home, "sync")
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.strip() == (
        f"drill: {deck.resolve()}:38: Q: has no A:; write the answer after A:"
    )
    assert "Traceback" not in out.stderr
    conn = sqlite3.connect(user_home / "drill.db")
    assert conn.execute("SELECT count(*) FROM cards WHERE front = 'unanswered'").fetchone() == (0,)
    conn.close()
    assert len(before) > 0


def test_corrupt_database_is_one_line_exit_2_and_untouched(user_home: Path) -> None:
    db = user_home / "drill.db"
    db.write_bytes(b"garbage" * 1000)
    out = drill(user_home, "due")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert str(db) in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == b"garbage" * 1000


def test_unwritable_home_is_one_line_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = drill(blocker / "home", "due")
    assert out.returncode == 2
    assert "cannot write to drill's home" in out.stderr and "Traceback" not in out.stderr


def test_bad_drill_now_is_one_line_exit_2(user_home: Path) -> None:
    out = drill(user_home, "due", now="yesterday")
    assert out.returncode == 2 and "DRILL_NOW" in out.stderr and "Traceback" not in out.stderr


def test_unknown_deck_is_a_clear_error(user_home: Path) -> None:
    out = drill(user_home, "review", "--plain", "--deck", "Nope", stdin="")
    assert out.returncode == 2 and "no deck named 'Nope'" in out.stderr


def test_database_url_can_point_anywhere(user_home: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    out = drill(user_home, "due", "--json", "--deck", "Sample", DRILL_DATABASE_URL=url)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "elsewhere.db").exists() and not (user_home / "drill.db").exists()


def test_a_database_damaged_after_opening_is_one_line(user_home: Path) -> None:
    assert drill(user_home, "sync").returncode == 0
    conn = sqlite3.connect(user_home / "drill.db")
    conn.execute("DROP TABLE review_log")  # a store someone broke by hand
    conn.commit()
    conn.close()
    out = drill(user_home, "review", "--plain", "--deck", "Sample", stdin="\n3\n")
    assert out.returncode == 2
    assert "database error" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
