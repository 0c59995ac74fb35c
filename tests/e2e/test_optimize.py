"""`drill optimize` as a user runs it: a polite refusal on a short log, a fit on a long one,
and FSRS then in charge of the schedule."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from tests.e2e.test_cli import drill

SNAPSHOT = json.dumps(
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


def _fill_log(home: Path, per_card: int) -> int:
    """`per_card` answers for each card of the collection, days apart, recall falling with
    the wait; returns how many cards were answered."""
    db = sqlite3.connect(home / "drill.db")
    ids = [i for (i,) in db.execute("SELECT id FROM cards ORDER BY id")]
    rng = random.Random(3)
    rows = []
    for card_id in ids:
        day, stability = date(2025, 6, 1) + timedelta(days=rng.randint(0, 30)), 1.0
        for _ in range(per_card):
            wait = max(1, round(stability * rng.uniform(0.6, 1.6)))
            recalled = rng.random() < 0.9 ** (wait / stability)
            rows.append((card_id, f"{day} 10:00:00.000000", day.isoformat(), 4 if recalled else 1))
            stability = stability * 2.2 if recalled else max(1.0, stability / 3)
            day += timedelta(days=wait)
    db.executemany(
        "INSERT INTO review_log (card_id, reviewed_at, study_day, quality, answer_ms, kind, "
        "reps_before, ef_before, interval_before, reps_after, ef_after, interval_after, before) "
        f"VALUES (?, ?, ?, ?, 0, 'review', 0, 250, 0, 0, 250, 0, '{SNAPSHOT}')",
        rows,
    )
    db.commit()
    db.close()
    return len(ids)


def test_a_short_log_gets_a_polite_refusal_that_says_how_many_more(user_home: Path) -> None:
    out = drill(user_home, "optimize")
    assert out.returncode == 1
    assert out.stderr.strip().endswith(
        "this collection has 0, so about 400 more (keep reviewing: the default parameters "
        "serve well until then)"
    )
    assert "Traceback" not in out.stderr


def test_optimize_fits_the_log_and_fsrs_then_schedules_with_it(user_home: Path) -> None:
    assert drill(user_home, "due").returncode == 0  # the collection exists
    cards = _fill_log(user_home, per_card=6)
    out = drill(user_home, "optimize")
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert first.startswith(f"fitted FSRS to {cards * 5:,} reviews of {cards:,} cards: log-loss")
    loss = [float(x) for x in first.split("log-loss ")[1].split(",")[0].split(" -> ")]
    assert loss[1] <= loss[0]
    assert 'set `scheduler = "fsrs"`' in out.stdout
    db = sqlite3.connect(user_home / "drill.db")
    (raw,) = db.execute("SELECT value FROM meta WHERE key = 'fsrs_parameters'").fetchone()
    db.close()
    assert len(json.loads(raw)) >= 19
    (user_home / "config.toml").write_text('[review]\nscheduler = "fsrs"\n')
    out = drill(user_home, "due")
    assert out.returncode == 0, out.stderr
    assert f"rescheduled {cards} cards with FSRS from their review log" in out.stderr
    db = sqlite3.connect(user_home / "drill.db")
    rows = db.execute("SELECT scheduler, stability FROM cards WHERE reviews >= 0").fetchall()
    db.close()
    assert {name for name, _ in rows} == {"fsrs"}
