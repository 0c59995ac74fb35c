"""Review-queue figures on a big collection: 100,000 cards and 1,000,000 review-log rows.

Prints, for each scheduler (SM-2, then FSRS after switching, which replays every card's log):
the time from a fresh process to the first due card (whole process, and the part after
Python's own start-up), the time to answer and persist one card, and the whole-process time of
`drill due`. Targets (2-core machine): first card <= 40 ms, an answer <= 5 ms, `drill due` <= 1 s.

    python benchmarks/review_queue.py [--cards 100000] [--logs 1000000] [--schedulers sm2 fsrs]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

NOW = "2026-03-02T09:00:00Z"
LIMITS = "[review]\nnew_per_day = 500\nmax_reviews_per_day = 5000\n"
"""Room for every phase's 200 timed answers on the one benchmark day."""


def build(home: Path, cards: int, logs: int) -> None:
    env = {**os.environ, "DRILL_HOME": str(home), "DRILL_NOW": NOW, "DRILL_TZ": "UTC"}
    empty = home / "empty-decks"
    empty.mkdir()
    (home / "config.toml").write_text(LIMITS)
    # Create the schema through drill itself (migrations), then bulk-load with sqlite3.
    subprocess.run([sys.executable, "-m", "drill", "due"], env=env, check=True, capture_output=True)
    db = sqlite3.connect(home / "drill.db")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("INSERT INTO decks (name, description, tags, source) VALUES ('Bench', '', '', '')")
    deck_id = db.execute("SELECT id FROM decks WHERE name = 'Bench'").fetchone()[0]
    rng = random.Random(7)
    today = date(2026, 3, 2)
    stamp = datetime(2026, 3, 1, tzinfo=UTC).replace(tzinfo=None).isoformat(" ")
    rows = []
    for i in range(cards):
        reviewed = i % 5 != 0  # a fifth are new
        interval = rng.randint(1, 200) if reviewed else 0
        due = (today + timedelta(days=rng.randint(-30, 60))).isoformat() if reviewed else None
        rows.append(
            (
                f"bench-{i}",
                f"bench-{i}",
                deck_id,
                "basic",
                0,
                f"Question {i}?",
                f"Answer {i}.",
                "bench",
                "/nonexistent/bench.md",
                i,
                "x" * 40,
                stamp,
                stamp,
                0,
                0,
                0,
                5 if reviewed else 0,
                interval and 6,
                250,
                interval,
                due,
                0,
                stamp if reviewed else None,
            )
        )
    db.executemany(
        "INSERT INTO cards (uid, note_id, deck_id, kind, ord, front, back, tags, source_path, "
        "source_line, content_hash, created_at, modified_at, removed, suspended, leech, reviews, "
        "repetitions, ef, interval, due, lapses, last_review) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    first_card = db.execute("SELECT min(id) FROM cards").fetchone()[0]
    log_rows = []
    for j in range(logs):
        day = today - timedelta(days=1 + j % 700)
        log_rows.append(
            (
                first_card + (j % cards),
                f"{day.isoformat()} 10:00:00.000000",
                day.isoformat(),
                4,
                3000,
                "review",
                1,
                250,
                1,
                2,
                250,
                6,
                (day + timedelta(days=6)).isoformat(),
                json.dumps(
                    {
                        "repetitions": 1,
                        "ef": 250,
                        "interval": 1,
                        "due": day.isoformat(),
                        "lapses": 0,
                        "reviews": 0,
                        "last_review": None,
                        "learning_day": None,
                        "suspended": False,
                        "leech": False,
                    }
                ),
            )
        )
    db.executemany(
        "INSERT INTO review_log (card_id, reviewed_at, study_day, quality, answer_ms, kind, "
        "reps_before, ef_before, interval_before, reps_after, ef_after, interval_after, "
        "due_after, before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        log_rows,
    )
    db.commit()
    db.execute("ANALYZE")
    db.close()


FIRST_CARD = r"""
import time
t0 = time.perf_counter()
from drill.config import load_settings, now
from drill.review import next_card
from drill.store.db import open_store
t1 = time.perf_counter()
settings = load_settings()
card = next_card(open_store(settings), settings, now())
t2 = time.perf_counter()
print(f"{card.uid} {(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f}")
"""


def first_card(env: dict[str, str]) -> tuple[float, float, float]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", FIRST_CARD], env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    whole = (time.perf_counter() - start) * 1000
    return whole, float(out[1]), float(out[2])


def answer_times(home: Path, n: int = 200) -> list[float]:
    """Answers as a review session gives them (its scheduler made once)."""
    os.environ.update({"DRILL_HOME": str(home), "DRILL_NOW": NOW, "DRILL_TZ": "UTC"})
    from drill.config import load_settings, now
    from drill.review import Rating, ReviewSession
    from drill.store.db import open_store

    settings = load_settings()
    store = open_store(settings)
    session = ReviewSession(store, settings, now)
    times = []
    for _ in range(n):
        card = session.next()
        assert card is not None
        start = time.perf_counter()
        session.answer(card, Rating.GOOD, answer_ms=1000)
        times.append((time.perf_counter() - start) * 1000)
    store.close()
    return times


def switch(home: Path, env: dict[str, str], scheduler: str) -> float:
    """Select the scheduler in config.toml and reschedule (timed, whole process)."""
    (home / "config.toml").write_text(f'{LIMITS}scheduler = "{scheduler}"\n')
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "drill", "due"], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--logs", type=int, default=1_000_000)
    parser.add_argument("--schedulers", nargs="+", default=["sm2", "fsrs"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        started = time.perf_counter()
        build(home, args.cards, args.logs)
        print(
            f"built {args.cards:,} cards and {args.logs:,} review-log rows "
            f"in {time.perf_counter() - started:.1f} s"
        )
        env = {**os.environ, "DRILL_HOME": str(home), "DRILL_NOW": NOW, "DRILL_TZ": "UTC"}
        for scheduler in args.schedulers:
            if scheduler != "sm2":
                took = switch(home, env, scheduler)
                print(
                    f"[{scheduler}] switching rescheduled every card from its log in {took:.1f} s"
                )
            measure(home, env, scheduler)


def measure(home: Path, env: dict[str, str], scheduler: str) -> None:
    runs = [first_card(env) for _ in range(7)]
    whole = statistics.median(r[0] for r in runs)
    imports = statistics.median(r[1] for r in runs)
    query = statistics.median(r[2] for r in runs)
    print(
        f"[{scheduler}] first due card, fresh process: {whole:.0f} ms whole process "
        f"(imports {imports:.0f} ms; open store + queue query {query:.1f} ms; target 40 ms)"
    )
    due_runs = []
    out = "{}"
    for _ in range(5):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "drill", "due", "--json"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        due_runs.append((time.perf_counter() - start) * 1000)
    print(
        f"[{scheduler}] `drill due` whole process: median {statistics.median(due_runs):.0f} ms "
        f"(target 1000 ms) -> {json.loads(out)}"
    )
    times = answer_times(home)
    print(
        f"[{scheduler}] answer and persist one card: median {statistics.median(times):.2f} ms, "
        f"p95 {sorted(times)[int(len(times) * 0.95)]:.2f} ms (target 5 ms)"
    )


if __name__ == "__main__":
    main()
