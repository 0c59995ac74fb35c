"""Opening the store: migrations match the models, corrupt or foreign databases fail cleanly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from drill.config import load_settings
from drill.errors import StoreError
from drill.store.db import MIGRATIONS_DIR, SCHEMA_HEAD, open_store
from drill.store.models import Base


def test_schema_head_constant_is_alembics_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_migrations_build_exactly_the_models(home: Path) -> None:
    store = open_store(load_settings(home))
    assert store.is_new
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    store.close()
    assert not open_store(load_settings(home)).is_new


def test_corrupt_database_is_one_clear_error_and_untouched(home: Path) -> None:
    db = home / "drill.db"
    db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"drill\.db.*move it aside"):
        open_store(load_settings(home))
    assert db.read_bytes() == b"this is not sqlite" * 100


def test_foreign_database_is_refused(home: Path) -> None:
    conn = sqlite3.connect(home / "drill.db")
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a drill database"):
        open_store(load_settings(home))


def test_newer_schema_is_refused(home: Path) -> None:
    open_store(load_settings(home)).close()
    conn = sqlite3.connect(home / "drill.db")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer drill"):
        open_store(load_settings(home))


def test_an_old_schema_is_backed_up_before_migrating(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import drill.store.db as db

    open_store(load_settings(home)).close()
    conn = sqlite3.connect(home / "drill.db")
    conn.execute("INSERT INTO meta (key, value) VALUES ('marker', 'kept')")
    conn.execute("UPDATE alembic_version SET version_num = '0000'")
    conn.commit()
    conn.close()
    migrated = []
    monkeypatch.setattr(db, "KNOWN_REVISIONS", ("0000", "0001"))
    monkeypatch.setattr(db, "migrate", lambda engine: migrated.append(engine))
    open_store(load_settings(home)).close()
    backups = list(home.glob("drill.db.0000.*.bak"))
    assert migrated and len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT value FROM meta WHERE key = 'marker'").fetchone() == ("kept",)
    copy.close()
