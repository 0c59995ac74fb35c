"""Deck-sync figures on a big collection: first sync, a one-card edit, answers during a sync.

Builds N cards in 20 deck files of a fresh home, then prints:
- the first `drill sync` (whole process);
- `drill sync` after a one-card edit in one file (whole process, median of 5);
- the longest time an answer waited while another process re-synced every file.
Targets (2-core machine): one-card edit <= 0.3 s at 20,000 cards and <= 1.0 s at 100,000;
no answer waits more than 50 ms behind a sync.

    python benchmarks/sync.py [--cards 20000 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

NOW = "2026-03-02T09:00:00Z"
FILES = 20


def write_decks(folder: Path, cards: int, version: str) -> None:
    per_file = cards // FILES
    for f in range(FILES):
        body = "".join(
            f"ID: b{f}-{i}\nQ: What is item {i} of deck {f}?\nA: Item {i} {version}.\n\n"
            for i in range(per_file)
        )
        (folder / f"bench{f:02d}.md").write_text(f'+++\nname = "Bench {f:02d}"\n+++\n\n{body}')


def run_sync(env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "drill", "sync"], env=env, check=True, capture_output=True
    )
    return time.perf_counter() - start


def answers_during_sync(home: Path, env: dict[str, str]) -> tuple[float, int]:
    """(longest answer, answers made) while a second process re-syncs every file."""
    os.environ.update(env)
    from drill.config import load_settings, now
    from drill.review import answer, next_card
    from drill.store.db import open_store

    settings = load_settings(home)
    store = open_store(settings)
    ids = []
    skip: frozenset[int] = frozenset()
    for _ in range(2000):
        card = next_card(store, settings, now(), skip=skip)
        if card is None:
            break
        ids.append(card.id)
        skip = skip | {card.id}
    write_decks(home / "decks", int(env["BENCH_CARDS"]), "rewritten")
    sync = subprocess.Popen(
        [sys.executable, "-m", "drill", "sync"], env=env, stdout=subprocess.DEVNULL
    )
    waits: list[float] = []
    done = threading.Event()
    threading.Thread(target=lambda: (sync.wait(), done.set()), daemon=True).start()
    for card_id in ids:
        if done.is_set():
            break
        start = time.perf_counter()
        answer(store, settings, card_id, 4, now(), session="bench")
        waits.append(time.perf_counter() - start)
    sync.wait()
    store.close()
    return max(waits, default=0.0), len(waits)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, nargs="+", default=[20_000, 100_000])
    args = parser.parse_args()
    for cards in args.cards:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp)
            (home / "decks").mkdir()
            write_decks(home / "decks", cards, "v1")
            env = {
                **os.environ,
                "DRILL_HOME": str(home),
                "DRILL_NOW": NOW,
                "DRILL_TZ": "UTC",
                "BENCH_CARDS": str(cards),
            }
            first = run_sync(env)
            edits = []
            target = home / "decks" / "bench07.md"
            for n in range(5):
                text = target.read_text()
                old = "Item 3 v1." if n == 0 else f"Item 3 edit {n - 1}."
                target.write_text(text.replace(old, f"Item 3 edit {n}."))
                edits.append(run_sync(env))
            longest, count = answers_during_sync(home, env)
            total = cards + 1111  # the shipped decks load too
            print(
                f"{total:>7} cards: first sync {first:.2f} s; one-card edit re-synced in "
                f"{statistics.median(edits):.2f} s (median of 5, best {min(edits):.2f} s); "
                f"longest answer during a full re-sync {longest * 1000:.1f} ms "
                f"({count} answers)"
            )


if __name__ == "__main__":
    main()
