"""Open the store: build the engine, check the database, migrate it (after a backup) when needed.

Every write transaction takes the database's write lock when it begins (`BEGIN IMMEDIATE` on
SQLite; row locks on PostgreSQL), so two drills answering or syncing at once are serialised and
each re-reads what it changes. Database errors leave this module as drill's StoreError.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from drill.config import Settings, now
from drill.errors import StoreError

SCHEMA_HEAD = "0003"
"""The newest migration; a test keeps it equal to Alembic's head."""

KNOWN_REVISIONS = ("0001", "0002", "0003")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 60_000
BUSY_TIMEOUT_MS = 5000
SYNC_LOCK = 0x6472696C6C  # "drill": the advisory lock concurrent syncs queue on (PostgreSQL)


def describe_database_error(err: SQLAlchemyError, where: str) -> str:
    """One line for a failed database call: what happened and a fix that loses nothing."""
    orig = getattr(err, "orig", None)
    reason = (str(orig) if orig is not None else str(err)).strip().splitlines()
    first = reason[0] if reason else type(err).__name__
    low = first.lower()
    if "locked" in low or "busy" in low:
        return (
            f"the database {where} stayed locked by another drill for "
            f"{BUSY_TIMEOUT_MS // 1000} s; nothing was changed, try again"
        )
    if "timeout" in low or "timed out" in low:
        return (
            f"the database server {where} did not answer in time ({first}); nothing was "
            "changed; check that the server is up and DRILL_DATABASE_URL is right"
        )
    return f"database error in {where}: {first}; the last step was rolled back"


@dataclass
class Store:
    """An open database.

    `with store.session() as s:` is one write transaction, committed on exit and holding the
    write lock from its start; `with store.read() as s:` reads a consistent snapshot."""

    engine: Engine
    factory: sessionmaker[Session]
    url: str
    where: str = "the database"
    is_new: bool = False
    read_factory: sessionmaker[Session] | None = None

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with self.factory.begin() as s:
                yield s
        except SQLAlchemyError as err:
            raise StoreError(describe_database_error(err, self.where)) from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        factory = self.read_factory or self.factory
        try:
            with factory.begin() as s:
                yield s
        except SQLAlchemyError as err:
            raise StoreError(describe_database_error(err, self.where)) from None

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # drill issues BEGIN itself (see _sqlite_begin): the driver's own transaction handling
    # would commit before DDL and begin lazily, so a first run killed mid-way could leave half
    # a schema and two writers could read the same state before either wrote.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    mode = "DEFERRED" if conn.get_execution_options().get("drill_read") else "IMMEDIATE"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    connect_args: dict[str, Any] = {}
    if url.startswith("postgresql"):
        connect_args = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} "
            f"-c lock_timeout={STATEMENT_TIMEOUT_MS}",
        }
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        return Path(url[len("sqlite:///") :])
    return None


# ---------------------------------------------------------------- SQLite, checked read-only


def _in_use(path: Path) -> bool:
    """True when another process has this SQLite database open in WAL mode.

    Each connection holds a shared lock on the wal-index's "dead man switch" byte (offset 128
    of the -shm file) while it is open; a write lock there would conflict with it."""
    shm = path.with_name(path.name + "-shm")
    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return False
    try:
        lock = fcntl.fcntl(fd, fcntl.F_GETLK, _flock(fcntl.F_WRLCK, 128, 1))
        return _flock_type(lock) != fcntl.F_UNLCK
    except OSError:
        return False
    finally:
        os.close(fd)


def _flock(kind: int, start: int, length: int) -> bytes:
    import struct

    return struct.pack("hhqqi", kind, os.SEEK_SET, start, length, 0)


def _flock_type(raw: bytes) -> int:
    import struct

    return int(struct.unpack("hhqqi", raw)[0])


def _read_revision(uri: str, check: bool = False) -> tuple[str | None, bool]:
    """(alembic revision, has other tables) read through a read-only SQLite connection;
    with `check`, a failed quick_check raises sqlite3.DatabaseError."""
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if check and conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
            raise sqlite3.DatabaseError("the database with its WAL fails its integrity check")
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), False
    finally:
        conn.close()


def _check_sqlite_file(path: Path) -> str | None:
    """The schema revision of a drill SQLite file, found without writing a byte.

    A `-wal` file that doesn't belong to this database (another program's, or one copied in by
    mistake) would be replayed over it by the first connection; when the database alone is
    drill's but the database with its WAL is not, the WAL is moved aside instead."""
    wal = path.with_name(path.name + "-wal")
    if wal.is_dir() or path.with_name(path.name + "-shm").is_dir():
        raise StoreError(
            f"{wal if wal.is_dir() else path.with_name(path.name + '-shm')} is a folder; "
            "move that folder away (the database itself is untouched)"
        )
    uri = f"file:{path}?mode=ro"
    error: sqlite3.DatabaseError | None = None
    recovering = wal.exists() and wal.stat().st_size > 0 and not _in_use(path)
    try:
        revision, foreign = _read_revision(uri, check=recovering)
        with_wal_ok = revision is not None or not foreign
    except sqlite3.DatabaseError as err:
        with_wal_ok, revision, foreign, error = False, None, False, err
    if with_wal_ok:
        if foreign:
            raise StoreError(
                f"{path} is not a drill database (it has other tables); "
                "point DRILL_HOME or DRILL_DATABASE_URL elsewhere"
            )
        return revision
    if recovering:
        try:
            alone, alone_foreign = _read_revision(f"file:{path}?mode=ro&immutable=1", check=True)
        except sqlite3.DatabaseError:
            alone, alone_foreign = None, True
        if alone is not None and not alone_foreign:
            aside = wal.with_name(f"{wal.name}.foreign.{now().strftime('%Y%m%dT%H%M%S')}")
            wal.rename(aside)
            shm = path.with_name(path.name + "-shm")
            if shm.exists():
                shm.unlink()
            import sys

            print(
                f"drill: {wal} did not belong to {path}; moved it to {aside.name} "
                "(the database is intact)",
                file=sys.stderr,
            )
            return alone
    if foreign:
        raise StoreError(
            f"{path} is not a drill database (it has other tables); "
            "point DRILL_HOME or DRILL_DATABASE_URL elsewhere"
        )
    reason = str(error) if error is not None else "unreadable"
    raise StoreError(
        f"cannot open the database {path}: {reason}; if it is corrupt, move it aside "
        f"(drill starts a fresh one) or restore a backup ({path.name}.*.bak)"
    )


def _current_revision(engine: Engine, where: str) -> str | None:
    """The stored schema revision on a server database; None for an empty database."""
    try:
        with engine.connect() as conn:
            try:
                row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            except (OperationalError, ProgrammingError) as err:
                conn.rollback()
                if "alembic_version" not in str(err.orig):
                    raise
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
        raise StoreError(
            f"cannot open the database {where}: {describe_database_error(err, where)}"
        ) from None


def _backup_sqlite(path: Path, revision: str) -> Path:
    stamp = now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{revision}.{stamp}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{revision}.{stamp}-{n}.bak")
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
    """Run Alembic's upgrade to head on this engine, in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:  # a table rebuilt by a migration must not cascade-delete its dependants
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                if engine.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SYNC_LOCK})")
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def open_store(settings: Settings) -> Store:
    """Open (creating or migrating as needed) the database named by the settings."""
    url = settings.database_url
    path = _sqlite_path(url)
    where = str(path) if path else url.split("@")[-1].split("?")[0]
    revision: str | None = None
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create {path.parent}: {err.strerror}") from None
        if path.exists() and not path.is_file():
            raise StoreError(f"{path} is not a regular file; move it aside")
        if path.exists():
            revision = _check_sqlite_file(path)
    try:
        engine = make_engine(url)
    except Exception as err:  # a malformed URL or a missing driver
        raise StoreError(f"cannot use DRILL_DATABASE_URL {url!r}: {err}") from None
    if path is None:
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
        except SQLAlchemyError as err:
            engine.dispose()
            raise StoreError(
                f"cannot set up the database {where}: {describe_database_error(err, where)}"
            ) from None
    factory = sessionmaker(engine, expire_on_commit=False)
    read_engine = engine.execution_options(drill_read=True)
    read_factory = sessionmaker(read_engine, expire_on_commit=False)
    return Store(
        engine=engine,
        factory=factory,
        url=url,
        where=where,
        is_new=is_new,
        read_factory=read_factory,
    )
