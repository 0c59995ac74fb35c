"""Progress figures on a big history: 100,000 cards, 1,000,000 review-log rows, 5,000 attempts.

Prints the whole-process time of `drill stats --json` and the time from pressing `s` on Home
to the Stats screen drawn with its figures. Targets (2-core machine): <= 1.0 s and <= 1.5 s.

    python benchmarks/stats.py [--cards 100000] [--logs 1000000] [--attempts 5000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from tui_start import ANSI, DRILL, _env

NOW = "2026-03-02T09:00:00Z"
TODAY = date(2026, 3, 2)
MARKER = "(longest "
"""Drawn once the Stats screen has its figures (the streak line; "Counting…" before)."""
TAGS = ["arrays", "graphs", "dp", "trees", "ml", "python", "system-design", "big-o"]
PATTERNS = ["two-pointers", "sliding-window", "bfs", "dfs", "dp-1d", "heap", "binary-search"]


def build(home: Path, cards: int, logs: int, attempts: int) -> None:
    env = _env(home)
    (home / "decks").mkdir(parents=True, exist_ok=True)
    subprocess.run([DRILL, "sync"], env=env, check=True, capture_output=True)
    db = sqlite3.connect(home / "drill.db")
    rng = random.Random(12)
    deck_ids = []
    for d in range(10):
        db.execute(
            "INSERT INTO decks (name, description, tags, source) VALUES (?, '', '', '')",
            (f"Bench {d}",),
        )
        deck_ids.append(db.execute("SELECT max(id) FROM decks").fetchone()[0])
    stamp = "2025-01-01 00:00:00.000000"
    rows = []
    for i in range(cards):
        new = i % 5 == 0
        interval = 0 if new else rng.choice([1, 3, 8, 15, 30, 60, 120])
        due = None if new else (TODAY + timedelta(days=rng.randint(-10, 60))).isoformat()
        tags = " ".join(rng.sample(TAGS, 2))
        rows.append(
            (
                f"b{i}",
                f"b{i}",
                deck_ids[i % 10],
                "basic",
                0,
                f"Q{i}",
                f"A{i}",
                tags,
                "bench",
                f"b{i}.md",
                i,
                "x" * 40,
                stamp,
                stamp,
                0,
                int(i % 50 == 7),
                0,
                0 if new else 5,
                0 if new else 3,
                250,
                interval,
                due,
                0,
            )
        )
    db.executemany(
        "INSERT INTO cards (uid, note_id, deck_id, kind, ord, front, back, tags, source_root, "
        "source_path, source_line, content_hash, created_at, modified_at, removed, suspended, "
        "leech, reviews, repetitions, ef, interval, due, lapses) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    first = db.execute("SELECT min(id) FROM cards WHERE uid = 'b0'").fetchone()[0]
    log = []
    for j in range(logs):
        day = TODAY - timedelta(days=j % 500)
        ivl = rng.choice([0, 1, 3, 8, 15, 30, 60])
        kind = "new" if ivl == 0 else rng.choice(["review"] * 9 + ["repeat"])
        log.append(
            (
                first + rng.randrange(cards),
                f"{day} 10:00:00.000000",
                day.isoformat(),
                rng.choice([1, 3, 4, 4, 4, 5]),
                rng.randint(2000, 20000),
                kind,
                1,
                250,
                ivl,
                2,
                250,
                ivl * 2 + 1,
                None,
                "{}",
            )
        )
    db.executemany(
        "INSERT INTO review_log (card_id, reviewed_at, study_day, quality, answer_ms, kind, "
        "reps_before, ef_before, interval_before, reps_after, ef_after, interval_after, "
        "due_after, before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        log,
    )
    problems = []
    for p in range(300):
        pats = " ".join(rng.sample(PATTERNS, 2))
        diff = ["easy", "medium", "medium", "hard"][p % 4]
        problems.append((f"bench-p{p}", f"Bench {p}", "bench", diff, pats, 15 + p % 4 * 5))
    db.executemany(
        "INSERT INTO problems (slug, title, category, difficulty, patterns, source_path, "
        "target_minutes, repetitions, ef, interval, lapses) "
        "VALUES (?, ?, ?, ?, ?, '', ?, 0, 250, 0, 0)",
        problems,
    )
    pids = [r[0] for r in db.execute("SELECT id FROM problems WHERE slug LIKE 'bench-p%'")]
    start = datetime(2025, 6, 1, tzinfo=UTC)
    att = []
    for a in range(attempts):
        began = start + timedelta(minutes=a * 77)
        minutes = rng.uniform(4, 60)
        outcome = "accepted" if rng.random() < 0.7 else "gave_up"
        att.append(
            (
                rng.choice(pids),
                began.replace(tzinfo=None).isoformat(" "),
                (began + timedelta(minutes=minutes)).replace(tzinfo=None).isoformat(" "),
                minutes * 60,
                outcome,
                3,
                rng.choice([0, 0, 1, 2]),
            )
        )
    db.executemany(
        "INSERT INTO attempts (problem_id, started_at, ended_at, duration_s, outcome, runs, "
        "failed_runs, solution_path, final_code) VALUES (?, ?, ?, ?, ?, ?, ?, '', '')",
        att,
    )
    db.execute(
        "INSERT INTO oops (created_at, category, text, problem_id, attempt_id, fingerprint) "
        "SELECT started_at, 'edge-case', 'wrong on empty input', problem_id, id, "
        "'fp' || (problem_id % 40) FROM attempts WHERE failed_runs > 0"
    )
    db.commit()
    db.execute("ANALYZE")
    db.close()


def stats_json(home: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([DRILL, "stats", "--json"], env=_env(home), check=True, capture_output=True)
    return time.perf_counter() - t0


def stats_screen(home: Path, timeout: float = 30.0) -> float:
    """Seconds from pressing `s` on Home to the Stats screen's figures on screen."""
    import fcntl
    import struct
    import termios

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
    proc = subprocess.Popen(
        [DRILL], stdin=slave, stdout=slave, stderr=slave, env=_env(home), start_new_session=True
    )
    os.close(slave)
    seen = b""
    pressed = elapsed = -1.0
    deadline = time.perf_counter() + timeout
    try:
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([master], [], [], 0.02)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
            text = ANSI.sub(b"", seen)
            if pressed < 0 and b"Start" in text and b"streak" in text:
                time.sleep(0.5)  # Home's own figures and the deck sync settle first
                while select.select([master], [], [], 0)[0]:
                    os.read(master, 65536)
                seen = b""
                pressed = time.perf_counter()
                os.write(master, b"s")
            elif pressed >= 0 and MARKER.encode() in text:
                elapsed = time.perf_counter() - pressed
                break
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
        os.close(master)
    if elapsed < 0:
        raise SystemExit("the Stats screen never showed its figures")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--logs", type=int, default=1_000_000)
    parser.add_argument("--attempts", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--keep", type=Path, default=None, help="Build into this folder and keep it."
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = args.keep or Path(tmp) / "home"
        home.mkdir(parents=True, exist_ok=True)
        if not (home / "drill.db").exists():
            t0 = time.perf_counter()
            build(home, args.cards, args.logs, args.attempts)
            print(f"built in {time.perf_counter() - t0:.1f} s")
        stats_json(home)  # warm the page cache
        runs = [stats_json(home) for _ in range(args.runs)]
        print(
            "drill stats --json: "
            + ", ".join(f"{t:.3f}" for t in runs)
            + f" -> median {statistics.median(runs):.3f} s (target <= 1.0 s)"
        )
        screens = [stats_screen(home) for _ in range(args.runs)]
        print(
            "Stats screen after s: "
            + ", ".join(f"{t:.3f}" for t in screens)
            + f" -> median {statistics.median(screens):.3f} s (target <= 1.5 s)"
        )


if __name__ == "__main__":
    main()
