"""Open the store: build the engine, check the database, migrate it (after a backup) when needed."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from drill.config import Settings
from drill.errors import StoreError

SCHEMA_HEAD = "0001"
"""The newest migration; a test keeps it equal to Alembic's head."""

KNOWN_REVISIONS = ("0001",)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass
class Store:
    """An open database: `with store.session() as s:` is one transaction, committed on exit."""

    engine: Engine
    factory: sessionmaker[Session]
    url: str
    is_new: bool = False

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.factory.begin() as s:
            yield s

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        return Path(url[len("sqlite:///") :])
    return None


def _current_revision(engine: Engine, where: str) -> str | None:
    """The stored schema revision; None for an empty database."""
    try:
        with engine.connect() as conn:
            try:
                row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            except (OperationalError, ProgrammingError):
                conn.rollback()
                if inspect(conn).get_table_names():
                    raise StoreError(
                        f"{where} is not a drill database (it has other tables); "
                        "point DRILL_HOME or DRILL_DATABASE_URL elsewhere"
                    ) from None
                return None
            return row[0] if row else None
    except StoreError:
        raise
    except DatabaseError as err:
        reason = str(err.orig) if err.orig is not None else str(err)
        raise StoreError(
            f"cannot open the database {where}: {reason}; if it is corrupt, move it aside "
            "(drill starts a fresh one) or restore a backup (drill.db.*.bak)"
        ) from None


def _backup_sqlite(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{revision}.{stamp}.bak")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def migrate(engine: Engine) -> None:
    """Run Alembic's upgrade to head on this engine."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def open_store(settings: Settings) -> Store:
    """Open (creating or migrating as needed) the database named by the settings."""
    url = settings.database_url
    path = _sqlite_path(url)
    where = str(path) if path else url.split("@")[-1]
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create {path.parent}: {err.strerror}") from None
        if path.exists() and path.is_dir():
            raise StoreError(f"{path} is a folder, not a database; move it aside")
    try:
        engine = make_engine(url)
    except Exception as err:  # a malformed URL or a missing driver
        raise StoreError(f"cannot use DRILL_DATABASE_URL {url!r}: {err}") from None
    revision = _current_revision(engine, where)
    is_new = revision is None
    if revision is not None and revision not in KNOWN_REVISIONS:
        engine.dispose()
        raise StoreError(
            f"{where} was written by a newer drill (schema {revision}); upgrade drill to use it"
        )
    if revision != SCHEMA_HEAD:
        if revision is not None and path is not None:
            _backup_sqlite(path, revision)
        try:
            migrate(engine)
        except DatabaseError as err:
            raise StoreError(f"cannot set up the database {where}: {err.orig}") from None
    factory = sessionmaker(engine, expire_on_commit=False)
    return Store(engine=engine, factory=factory, url=url, is_new=is_new)


def copy_database(path: Path, target: Path) -> None:
    """Copy a SQLite database file consistently (used by backups and tests)."""
    shutil.copy2(path, target)
