"""drill on PostgreSQL (DRILL_DATABASE_URL): migrations, sync, review, undo, the CLI.

The throwaway cluster is tests/store/conftest.py's `postgres_url`: these tests are skipped
where the PostgreSQL server binaries are not installed.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from drill.config import load_settings
from drill.library import sync_decks
from drill.review import answer, deck_rows, due_counts, next_card, undo
from drill.store.db import open_store
from tests.conftest import at
from tests.e2e.test_cli import drill
from tests.store.conftest import fresh_database


def test_review_flow_on_postgres(postgres_url: str, sample_home: Path, only_sample: Path) -> None:
    settings = replace(load_settings(sample_home), database_url=postgres_url)
    store = open_store(settings)
    report = sync_decks(store, settings)
    assert report.added == 5
    day = at("2026-03-02T09:00:00Z")
    card = next_card(store, settings, day)
    assert card is not None and card.uid == "s-list-append"
    answer(store, settings, card.id, 1, day, session="pg")
    assert due_counts(store, settings, day).as_dict() == {
        "new": 4,
        "review": 0,
        "learning": 1,
        "total": 5,
    }
    assert undo(store, settings, day, "pg") is not None
    assert due_counts(store, settings, day).learning == 0
    assert [r.cards for r in deck_rows(store, settings, day)] == [5]
    store.close()
    again = open_store(settings)
    assert not again.is_new  # the schema is found, not rebuilt
    again.close()


def test_cli_with_a_postgres_url(postgres_url: str, tmp_path: Path) -> None:
    out = drill(tmp_path / "h", "due", "--json", DRILL_DATABASE_URL=postgres_url)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["new"] == 20  # shipped decks, the daily new-card limit
    assert not (tmp_path / "h" / "drill.db").exists()


def test_two_machines_share_one_postgres_database(
    postgres_url: str, tmp_path: Path, only_sample: Path
) -> None:
    """Two homes with their notes at different paths, syncing and reviewing alternately and at
    once: no card flips to removed, no answer is lost, every answer is in the log."""
    import threading

    from sqlalchemy import func, select

    from drill.store.models import Card, ReviewLog

    url = fresh_database(postgres_url, "two_machines")
    decks = "\n".join(f"ID: n{i}\nQ: Question {i}?\nA: Answer {i}.\n" for i in range(60))
    homes = []
    for name, folder in (("laptop", "Documents/notes"), ("desktop", "work/my-notes")):
        notes = tmp_path / name / folder
        notes.mkdir(parents=True)
        (notes / "notes.md").write_text(f'+++\nname = "Notes"\n+++\n\n{decks}')
        home = tmp_path / name / "home"
        home.mkdir(parents=True)
        homes.append(replace(load_settings(home, decks=(f"notes={notes}",)), database_url=url))
    stores = [open_store(s) for s in homes]
    day = at("2026-03-02T09:00:00Z")
    answered = [0, 0]

    def study(i: int, rounds: int, start: threading.Barrier | None = None) -> None:
        if start is not None:
            start.wait()
        for _ in range(rounds):
            sync_decks(stores[i], homes[i])
            card = next_card(stores[i], homes[i], day)
            if card is None:
                return
            answer(stores[i], homes[i], card.id, 4, day, session=f"m{i}")
            answered[i] += 1

    for _ in range(3):  # alternately
        study(0, 2)
        study(1, 2)
    start = threading.Barrier(2)
    threads = [threading.Thread(target=study, args=(i, 8, start)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with stores[0].read() as s:
        removed = s.scalar(select(func.count()).select_from(Card).where(Card.removed.is_(True)))
        logged = s.scalar(select(func.count()).select_from(ReviewLog))
        reviews = s.scalar(select(func.sum(Card.reviews)))
        machines = set(s.scalars(select(ReviewLog.machine).distinct()))
        paths = set(s.execute(select(Card.source_root, Card.source_path).distinct()).all())
    assert removed == 0
    assert logged == reviews == sum(answered) >= 20  # 20 new cards a day, both machines
    assert machines == {homes[0].machine, homes[1].machine}
    assert paths == {("notes", "notes.md")}
    for store in stores:
        store.close()


def test_drill_stats_on_postgres_is_the_use_case_s_figures(
    postgres_url: str, home: Path, only_sample: Path
) -> None:
    """The progress queries' plain SQL runs through SQLAlchemy's connection on PostgreSQL, in
    the command as a user runs it."""
    from drill.stats import progress_stats
    from tests import progress_history as h

    url = fresh_database(postgres_url, "stats_cli")
    store, settings = h.open_history(home, url)
    try:
        expected = json.loads(json.dumps(progress_stats(store, settings, at(h.NOW)).as_dict()))
    finally:
        store.close()
    out = drill(home, "stats", "--json", DRILL_DATABASE_URL=url)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == expected
    assert expected["reviews"]["streak"]["current"] == 10 and expected["problems"]["solved"] == 5
