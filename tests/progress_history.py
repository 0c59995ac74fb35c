"""A seeded synthetic history with known counts: a year of reviews over two decks, nine attempts
at seven problems, five Oops entries. Every golden figure in the progress tests comes from it.

The spec is plain data (REVIEWS, ATTEMPTS, ...), so a test can recount a figure from the spec in
Python and pin the literal number too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from drill.config import Settings, load_settings
from drill.library import sync_decks
from drill.store.db import Store, open_store
from drill.store.models import Attempt, Card, Oops, Problem, ReviewLog

NOW = "2026-03-02T09:00:00Z"
"""A Monday, 09:00 UTC: study day 2026-03-02 (ISO week 2026-W10)."""
TODAY = date(2026, 3, 2)

ALPHA = """+++
name = "Alpha"
+++

""" + "\n".join(
    f"ID: a{i}\nTags: {'arrays' if i < 4 else 'arrays dp'}\nQ: alpha question {i}\nA: answer {i}\n"
    for i in range(8)
)
BETA = """+++
name = "Beta"
+++

""" + "\n".join(f"ID: b{i}\nTags: graphs\nQ: beta question {i}\nA: answer {i}\n" for i in range(4))

CARDS = [f"a{i}" for i in range(8)] + [f"b{i}" for i in range(4)]

STATES: dict[str, tuple[int, int | None, bool]] = {
    # uid: (interval, due in days from TODAY or None for new, suspended)
    "a0": (0, None, False),  # new
    "b0": (0, None, False),  # new
    "a1": (3, 1, False),  # young
    "a2": (10, 5, False),  # young
    "b1": (1, -2, False),  # young, overdue
    "a7": (7, 0, False),  # young, due today
    "a3": (30, 1, False),  # mature
    "a4": (45, 20, False),  # mature
    "a5": (21, 30, False),  # mature (21 days is mature)
    "b2": (60, 31, False),  # mature, due after the 30-day forecast
    "a6": (5, 2, True),  # suspended
    "b3": (0, None, True),  # suspended
}

MISSED = {10, 40, 100, 101, 300}
"""Days ago with no answer at all: the current streak is 10 (today and the nine before)."""
HISTORY_DAYS = 400
"""Answers go back 400 days, past the heatmap's year."""


@dataclass(frozen=True)
class Answer:
    days_ago: int
    card: str
    quality: int
    interval_before: int
    kind: str
    ms: int

    @property
    def day(self) -> date:
        return TODAY - timedelta(days=self.days_ago)


def _answers() -> list[Answer]:
    out = []
    for i in range(HISTORY_DAYS):
        if i in MISSED:
            continue
        for k in range(1 + i % 3):
            kind = "new" if k == 2 else ("repeat" if i % 5 == 0 and k == 0 else "review")
            out.append(
                Answer(
                    days_ago=i,
                    card=CARDS[(i * 3 + k) % len(CARDS)],
                    quality=1 if (i + k) % 6 == 1 else (3, 4, 5)[(i + k) % 3],
                    interval_before=30 if (i + k) % 4 == 0 else 5,
                    kind=kind,
                    ms=1000 * (5 + k),
                )
            )
    return out


REVIEWS = _answers()


@dataclass(frozen=True)
class Try:
    problem: str
    ended: str
    minutes: float
    outcome: str
    failed_runs: int


PROBLEMS = [
    # slug, difficulty, patterns, target minutes
    ("two-sum", "easy", "hashing", 10),
    ("valid-brackets", "easy", "stack", 10),
    ("window-max", "medium", "sliding-window deque", 20),
    ("islands", "medium", "bfs grid", 20),
    ("course-order", "medium", "bfs topo-sort", 25),
    ("median-stream", "hard", "heap", 40),
    ("word-ladder", "hard", "bfs", 40),
]

ATTEMPTS = [
    Try("median-stream", "2026-02-16T10:00:00Z", 50, "accepted", 0),  # W08
    Try("islands", "2026-02-20T10:00:00Z", 10, "accepted", 0),  # W08
    Try("two-sum", "2026-02-23T10:00:00Z", 8, "accepted", 0),  # W09
    Try("valid-brackets", "2026-02-24T10:00:00Z", 30, "gave_up", 3),
    Try("valid-brackets", "2026-02-25T10:00:00Z", 12, "accepted", 1),
    Try("window-max", "2026-02-26T10:00:00Z", 25, "accepted", 0),
    Try("islands", "2026-02-27T10:00:00Z", 14, "accepted", 2),
    Try("course-order", "2026-02-28T10:00:00Z", 40, "gave_up", 4),
    Try("two-sum", "2026-03-02T08:00:00Z", 6, "accepted", 0),  # W10, today
]
OPEN_ATTEMPT = ("course-order", "2026-03-02T08:30:00Z")

OOPS = [
    # attempt index (into ATTEMPTS) or None, category, text, fingerprint, created, resolved
    (3, "edge-case", "forgot the empty string", "fp-a", "2026-02-24T10:00:00Z", None),
    (
        4,
        "edge-case",
        "forgot the empty string",
        "fp-a",
        "2026-02-25T10:00:00Z",
        "2026-02-25T11:00Z",
    ),
    (6, "off-by-one", "grid bounds off by one", "fp-b", "2026-02-27T10:00:00Z", None),
    (7, "complexity", "quadratic topological sort", "fp-c", "2026-02-28T10:00:00Z", None),
    (
        None,
        "misread",
        "mixed up young and mature",
        None,
        "2026-02-10T10:00:00Z",
        "2026-02-11T10:00Z",
    ),
]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def write_decks(home: Path) -> None:
    (home / "decks").mkdir(parents=True, exist_ok=True)
    (home / "decks" / "alpha.md").write_text(ALPHA)
    (home / "decks" / "beta.md").write_text(BETA)


def fill(store: Store) -> None:
    """Card states, the review log, problems, attempts and Oops, straight into the store."""
    with store.session() as s:
        ids = {c.uid: c.id for c in s.scalars(select(Card))}
        for c in s.scalars(select(Card)):
            interval, due, suspended = STATES[c.uid]
            c.interval = interval
            c.due = None if due is None else TODAY + timedelta(days=due)
            c.suspended = suspended
            c.repetitions = 0 if due is None else 3
        for r in REVIEWS:
            s.add(
                ReviewLog(
                    card_id=ids[r.card],
                    reviewed_at=datetime(r.day.year, r.day.month, r.day.day, 10, tzinfo=UTC),
                    study_day=r.day,
                    quality=r.quality,
                    answer_ms=r.ms,
                    kind=r.kind,
                    reps_before=1,
                    ef_before=250,
                    interval_before=r.interval_before,
                    reps_after=2,
                    ef_after=250,
                    interval_after=r.interval_before * 2 + 1,
                    due_after=None,
                    before=json.dumps({}),
                )
            )
        problems = {}
        for slug, difficulty, patterns, target in PROBLEMS:
            row = Problem(
                slug=slug,
                title=slug.replace("-", " ").title(),
                category="test",
                difficulty=difficulty,
                patterns=patterns,
                target_minutes=target,
                due=None,
            )
            s.add(row)
            problems[slug] = row
        s.flush()
        attempts = []
        for t in ATTEMPTS:
            end = at(t.ended)
            row_a = Attempt(
                problem_id=problems[t.problem].id,
                started_at=end - timedelta(minutes=t.minutes),
                ended_at=end,
                duration_s=t.minutes * 60,
                outcome=t.outcome,
                runs=t.failed_runs + (1 if t.outcome == "accepted" else 0),
                failed_runs=t.failed_runs,
            )
            s.add(row_a)
            s.flush()
            attempts.append(row_a)
        slug, began = OPEN_ATTEMPT
        s.add(Attempt(problem_id=problems[slug].id, started_at=at(began), outcome="open"))
        for index, category, text, fingerprint, created, resolved in OOPS:
            attempt = None if index is None else attempts[index]
            s.add(
                Oops(
                    created_at=at(created),
                    category=category,
                    text=text,
                    problem_id=None if attempt is None else attempt.problem_id,
                    attempt_id=None if attempt is None else attempt.id,
                    fingerprint=fingerprint,
                    resolved_at=None if resolved is None else at(resolved),
                )
            )


def open_history(home: Path, database_url: str | None = None) -> tuple[Store, Settings]:
    """A home with the two decks synced and the whole history filled in (in the home's SQLite
    file, or in the empty database `database_url` names)."""
    write_decks(home)
    settings = load_settings(home)
    if database_url is not None:
        settings = replace(settings, database_url=database_url)
    store = open_store(settings)
    sync_decks(store, settings)
    fill(store)
    return store, settings
