"""The deck sync's plain-SQL path (Store.sql): it writes what the models read, it holds the
write lock from the start of a write, its errors are StoreError, and on SQLite it runs with the
standard library alone, so a `drill sync` process never imports SQLAlchemy."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

import drill.store.db as db
from drill.config import Settings, now
from drill.errors import StoreError
from drill.store.db import Sql, Store, as_day, open_store
from drill.store.models import Card, DeckFile
from tests.conftest import env_for


def db_file(settings: Settings) -> Path:
    path = db._sqlite_path(settings.database_url)
    assert path is not None
    return path


def test_synced_cards_read_back_through_the_models(store: Store) -> None:
    with store.read() as s:
        card = s.scalars(select(Card)).first()
        record = s.scalars(select(DeckFile)).first()
    assert card is not None and record is not None
    assert card.created_at == card.modified_at == record.synced_at == now()
    assert card.created_at.tzinfo is not None
    assert (card.removed, card.suspended, card.leech) == (False, False, False)
    assert card.scheduler == "sm2"
    assert (card.due, card.last_review, card.stability) == (None, None, None)


def test_an_instant_is_stored_as_the_models_store_it(store: Store, settings: Settings) -> None:
    when = datetime(2026, 3, 4, 5, 6, 7, 89, tzinfo=UTC)
    with store.session() as s:
        card = s.scalars(select(Card)).first()
        assert card is not None
        card.modified_at, card_id = when, card.id
    conn = sqlite3.connect(db_file(settings))
    (written,) = conn.execute("SELECT modified_at FROM cards WHERE id = ?", (card_id,)).fetchone()
    conn.close()
    assert Sql(None, sqlite=True).instant(when) == written
    with pytest.raises(ValueError, match="naive"):
        Sql(None, sqlite=True).instant(datetime(2026, 3, 4))


def test_a_study_day_is_stored_as_the_models_store_it(store: Store, settings: Settings) -> None:
    day = date(2026, 3, 4)
    with store.session() as s:
        card = s.scalars(select(Card)).first()
        assert card is not None
        card.due, card_id = day, card.id
    with store.sql(write=False) as c:
        row = c.one(
            "SELECT due FROM cards WHERE id = :id AND due = :day",
            {"id": card_id, "day": c.day(day)},
        )
    assert row is not None and as_day(row[0]) == day
    assert as_day(day) == day  # PostgreSQL gives a date back as it is


def test_a_write_holds_the_write_lock_from_its_start(store: Store, settings: Settings) -> None:
    other = sqlite3.connect(db_file(settings), timeout=0, isolation_level=None)
    with store.sql() as c:
        assert c.one("SELECT count(*) FROM decks") is not None
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    with store.sql(write=False) as c:
        c.rows("SELECT name FROM decks")
        other.execute("BEGIN IMMEDIATE")  # a read takes no write lock
        other.execute("ROLLBACK")
    other.close()


def test_a_failed_write_rolls_back_and_the_store_goes_on(store: Store) -> None:
    with pytest.raises(RuntimeError), store.sql() as c:
        c.run("UPDATE decks SET description = 'changed'")
        raise RuntimeError("a step failed")
    with store.sql(write=False) as c:
        assert {d for (d,) in c.rows("SELECT description FROM decks")} != {"changed"}


def test_a_locked_database_is_a_store_error(
    settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 20)
    fresh = open_store(settings)  # its connections wait 20 ms for the lock
    blocker = sqlite3.connect(db_file(settings), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreError, match="locked"), fresh.sql() as c:
        c.run("UPDATE decks SET description = ''")
    blocker.execute("ROLLBACK")
    blocker.close()
    with fresh.sql() as c:
        c.run("UPDATE decks SET description = description")
    fresh.close()


HEAVY = ("sqlalchemy", "alembic", "textual", "pygments", "genanki", "hypothesis")

PROBE = f"""
import sys
from drill.cli import main
main(["sync"])
print(sorted({{m.split(".")[0] for m in sys.modules}} & set({HEAVY!r})))
"""


def test_a_sync_of_a_current_store_imports_no_sqlalchemy(sample_home: Path) -> None:
    """A one-card edit's `drill sync` stays a light process: the database and the files are
    read and written with the standard library's sqlite3."""
    env = env_for(sample_home)

    def sync() -> str:
        out = subprocess.run(
            [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
        )
        assert out.returncode == 0, out.stderr
        return out.stdout

    assert "added" in sync()  # the first sync makes the schema: SQLAlchemy and Alembic then
    deck = sample_home / "decks" / "sample.md"
    deck.write_text(deck.read_text().replace("A: ", "A: (edited) ", 1))
    out = sync()
    assert "1 updated" in out and out.splitlines()[-1] == "[]"
