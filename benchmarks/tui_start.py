"""Time from launching `drill review` on a 100,000-card database to the first card on screen."""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import select
import signal
import sqlite3
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from datetime import date, datetime, timedelta
from pathlib import Path

NOW = "2026-03-02T09:00:00Z"
TODAY = date(2026, 3, 2)
MARKER = "BENCHFIRSTCARD"
DRILL = str(Path(sys.executable).parent / "drill")
ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[PX^_].*?\x1b\\|\x1b\][^\x07]*\x07|\x1b.")


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DRILL_")}
    env.update(DRILL_HOME=str(home), DRILL_NOW=NOW, DRILL_TZ="UTC", TERM="xterm-256color")
    env.pop("TEXTUAL", None)
    return env


def build(home: Path, cards: int, decks: int = 10) -> None:
    """A real store (schema by Alembic, shipped decks synced) plus `cards` bulk-inserted cards:
    a third due for review (the most overdue one carries the marker), the rest new."""
    subprocess.run([DRILL, "sync"], env=_env(home), check=True, capture_output=True)
    # The cards' source file exists outside the deck folders, so a later sync keeps them.
    source = home / "bench-source.md"
    source.write_text("cards bulk-inserted by benchmarks/tui_start.py\n")
    db = sqlite3.connect(home / "drill.db")
    stamp = datetime(2026, 1, 1, 9).isoformat(sep=" ")
    with db:
        deck_ids = []
        for d in range(decks):
            cur = db.execute(
                "INSERT INTO decks (name, description, tags, source) VALUES (?, '', '', '')",
                (f"Bench {d:02d}",),
            )
            deck_ids.append(cur.lastrowid)
        rows = []
        for i in range(cards):
            reviewed = i % 3 == 0
            due = TODAY - timedelta(days=1 + (cards - i) % 400) if reviewed else None
            front = (
                f"{MARKER} is the most overdue card" if i == 0 else f"Question {i}: what is {i}?"
            )
            if i == 0:
                due = TODAY - timedelta(days=1000)
            rows.append(
                (
                    f"bench-{i}",
                    f"bench-{i}",
                    deck_ids[i % decks],
                    "basic",
                    0,
                    front,
                    f"Answer {i}",
                    "bench",
                    f"/nonexistent/bench-{i % decks}.md",
                    1 + i,
                    f"{i:040x}",
                    stamp,
                    stamp,
                    False,
                    False,
                    False,
                    3 if reviewed else 0,
                    stamp if reviewed else None,
                    None,
                    2 if reviewed else 0,
                    250,
                    6 if reviewed else 0,
                    due.isoformat() if due else None,
                    0,
                )
            )
        db.executemany(
            "INSERT INTO cards (uid, note_id, deck_id, kind, ord, front, back, tags, source_path,"
            " source_line, content_hash, created_at, modified_at, removed, suspended, leech,"
            " reviews, last_review, learning_day, repetitions, ef, interval, due, lapses)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    db.execute("ANALYZE")
    db.close()


def launch(home: Path, timeout: float = 30.0, size: tuple[int, int] = (100, 30)) -> float:
    """Seconds from spawning `drill review` in a pty to the marker card's text on screen."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(
        [DRILL, "review"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=_env(home),
        start_new_session=True,
    )
    os.close(slave)
    seen = b""
    elapsed = -1.0
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen += chunk
            if MARKER.encode() in ANSI.sub(b"", seen):
                elapsed = time.perf_counter() - start
                break
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
        os.close(master)
    if elapsed < 0:
        text = ANSI.sub(b"", seen).decode(errors="replace")[-2000:]
        raise SystemExit(f"the first card never appeared; the screen ended with:\n{text}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        t0 = time.perf_counter()
        build(home, args.cards)
        print(f"built a {args.cards:,}-card database in {time.perf_counter() - t0:.1f} s")
        times = [launch(home) for _ in range(args.runs)]
        print("runs: " + ", ".join(f"{t:.3f}" for t in times))
        print(
            f"drill review -> first card on screen: median {statistics.median(times):.3f} s, "
            f"best {min(times):.3f} s ({args.cards:,} cards, target <= 1.0 s)"
        )


if __name__ == "__main__":
    main()
