"""`drill optimize` on a big review log: 100,000 review rows (10 answers each of 10,000 cards).

Answers follow a simple memory model (recall falls with the days since the last review), so
the fit has something to learn. Prints the whole-process time of `drill optimize` and its
output. Target (2-core machine): <= 20 s.

    python benchmarks/optimize.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

NOW = "2026-03-02T09:00:00Z"
PER_CARD = 10


def build(home: Path, rows: int) -> None:
    env = {**os.environ, "DRILL_HOME": str(home), "DRILL_NOW": NOW, "DRILL_TZ": "UTC"}
    subprocess.run([sys.executable, "-m", "drill", "due"], env=env, check=True, capture_output=True)
    db = sqlite3.connect(home / "drill.db")
    db.execute("INSERT INTO decks (name, description, tags, source) VALUES ('Bench', '', '', '')")
    deck_id = db.execute("SELECT id FROM decks WHERE name = 'Bench'").fetchone()[0]
    cards = rows // PER_CARD
    db.executemany(
        "INSERT INTO cards (uid, note_id, deck_id, kind, ord, front, back, tags, source_path, "
        "source_line, content_hash, created_at, modified_at, removed, suspended, leech, reviews, "
        "repetitions, ef, interval, lapses) VALUES (?, ?, ?, 'basic', 0, 'q', 'a', '', '', 0, "
        "'x', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 0, 0, 0, 0, 0, 250, 0, 0)",
        [(f"opt-{i}", f"opt-{i}", deck_id) for i in range(cards)],
    )
    first = db.execute("SELECT min(id) FROM cards WHERE deck_id = ?", (deck_id,)).fetchone()[0]
    rng = random.Random(11)
    log = []
    snapshot = json.dumps(
        {
            "repetitions": 0,
            "ef": 250,
            "interval": 0,
            "due": None,
            "lapses": 0,
            "reviews": 0,
            "last_review": None,
            "learning_day": None,
            "suspended": False,
            "leech": False,
        }
    )
    for c in range(cards):
        day = date(2025, 1, 1) + timedelta(days=rng.randint(0, 60))
        stability = rng.uniform(0.5, 3.0)
        for _ in range(PER_CARD):
            wait = max(1, round(stability * rng.uniform(0.5, 1.5)))
            recalled = rng.random() < math.exp(-wait / (stability * 9))
            quality = rng.choice([3, 4, 4, 5]) if recalled else 1
            stability = stability * 2.5 if recalled else max(0.5, stability * 0.3)
            log.append((first + c, f"{day} 10:00:00.000000", day.isoformat(), quality, "review"))
            day += timedelta(days=wait)
    db.executemany(
        "INSERT INTO review_log (card_id, reviewed_at, study_day, quality, answer_ms, kind, "
        "reps_before, ef_before, interval_before, reps_after, ef_after, interval_after, "
        f"before) VALUES (?, ?, ?, ?, 0, ?, 0, 250, 0, 0, 250, 0, '{snapshot}')",
        log,
    )
    db.commit()
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        build(home, args.rows)
        env = {**os.environ, "DRILL_HOME": str(home), "DRILL_NOW": NOW, "DRILL_TZ": "UTC"}
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "drill", "optimize"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        took = time.perf_counter() - start
        print(f"`drill optimize` on {args.rows:,} review rows: {took:.1f} s (target 20 s)")
        print(out.stdout.strip())


if __name__ == "__main__":
    main()
