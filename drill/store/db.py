"""Open the store: build the engine, check the database, migrate it (after a backup) when needed.

Every write transaction takes the database's write lock when it begins (`BEGIN IMMEDIATE` on
SQLite; row locks on PostgreSQL), so two drills answering or syncing at once are serialised and
each re-reads what it changes. Database errors leave this module as drill's StoreError.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drill.config import Settings, now
from drill.errors import StoreError

if TYPE_CHECKING:  # SQLAlchemy is imported when first needed: a sync of SQLite never needs it
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

SCHEMA_HEAD = "0005"
"""The newest migration; a test keeps it equal to Alembic's head."""

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 60_000
BUSY_TIMEOUT_MS = 5000
SYNC_LOCK = 0x6472696C6C  # "drill": the advisory lock concurrent syncs queue on (PostgreSQL)


def describe_database_error(err: Exception, where: str) -> str:
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


SQLITE_INSTANT = "%Y-%m-%d %H:%M:%S.%f"
"""How SQLAlchemy's SQLite dialect stores a (naive UTC) datetime; the plain SQL path writes the
same text, so both read each other's rows."""


class Sql:
    """One transaction for plain SQL with `:name` parameters, on SQLite or PostgreSQL alike.

    The deck sync runs through this rather than the ORM: on SQLite it needs no SQLAlchemy at
    all (stdlib sqlite3), which keeps a `drill sync` process light."""

    def __init__(self, conn: Any, *, sqlite: bool, postgres: bool = False) -> None:
        self._conn = conn
        self._plain = isinstance(conn, sqlite3.Connection)
        self.sqlite = sqlite
        self.postgres = postgres

    def _statement(self, sql: str) -> Any:
        if self._plain:
            return sql
        from sqlalchemy import text

        return text(sql)

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        if self._plain:
            return self._conn.execute(sql, params or {}).fetchall()  # type: ignore[no-any-return]
        return [tuple(r) for r in self._conn.execute(self._statement(sql), params or {})]

    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> tuple[Any, ...] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        self._conn.execute(self._statement(sql), params or {})

    def many(self, sql: str, params: Sequence[Mapping[str, Any]]) -> None:
        if not params:
            return
        if self._plain:
            self._conn.executemany(sql, params)
        else:
            self._conn.execute(self._statement(sql), list(params))

    def instant(self, when: datetime) -> object:
        """A UTC instant as this database stores it (as the models' UTCDateTime does)."""
        if when.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware UTC instant")
        naive = when.astimezone(UTC).replace(tzinfo=None)
        return naive.strftime(SQLITE_INSTANT) if self.sqlite else naive

    def day(self, value: date) -> object:
        """A study day as this database stores it (as the models' Date does: ISO text on
        SQLite, a date on PostgreSQL)."""
        return value.isoformat() if self.sqlite else value


def as_day(value: Any) -> date:
    """A stored study day read back: SQLite gives its ISO text, PostgreSQL a date."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def in_list(prefix: str, values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
    """`(:p0, :p1, ...)` and its parameters, for `column IN` a list of values."""
    params = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return "(" + ", ".join(f":{k}" for k in params) + ")", params


class Store:
    """An open database.

    `with store.session() as s:` is one write transaction, committed on exit and holding the
    write lock from its start; `with store.read() as s:` reads a consistent snapshot;
    `with store.sql() as c:` / `store.sql(write=False)` are the same for plain SQL (`Sql`).

    The SQLAlchemy engine is built on first use: a SQLite store whose schema is current is
    opened, and synced, with the standard library's sqlite3 alone."""

    def __init__(
        self,
        url: str,
        where: str = "the database",
        is_new: bool = False,
        engine: Engine | None = None,
    ) -> None:
        self.url = url
        self.where = where
        self.is_new = is_new
        self._engine = engine
        self._path = _sqlite_path(url)
        self._idle: list[sqlite3.Connection] = []
        self._idle_lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            try:
                self._engine = make_engine(self.url)
            except Exception as err:  # a malformed URL or a missing driver
                raise StoreError(f"cannot use DRILL_DATABASE_URL {self.url!r}: {err}") from None
        return self._engine

    @cached_property
    def factory(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def read_factory(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine.execution_options(drill_read=True), expire_on_commit=False)

    @property
    def is_postgres(self) -> bool:
        return self.url.startswith("postgresql")

    @contextmanager
    def session(self) -> Iterator[Session]:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.factory.begin() as s:
                yield s
        except SQLAlchemyError as err:
            raise StoreError(describe_database_error(err, self.where)) from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.read_factory.begin() as s:
                yield s
        except SQLAlchemyError as err:
            raise StoreError(describe_database_error(err, self.where)) from None

    @contextmanager
    def sql(self, write: bool = True) -> Iterator[Sql]:
        """One plain-SQL transaction: a write one takes the write lock as it begins (BEGIN
        IMMEDIATE on SQLite), a read one sees a consistent snapshot."""
        if self._path is None:
            with self._engine_sql(write) as c:
                yield c
            return
        conn = self._checkout()
        healthy = True
        try:
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")
            try:
                yield Sql(conn, sqlite=True)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            healthy = False
            raise StoreError(describe_database_error(err, self.where)) from None
        finally:
            if healthy and not conn.in_transaction:
                with self._idle_lock:
                    self._idle.append(conn)
            else:
                conn.close()

    @contextmanager
    def _engine_sql(self, write: bool) -> Iterator[Sql]:
        from sqlalchemy.exc import SQLAlchemyError

        engine = self.engine if write else self.engine.execution_options(drill_read=True)
        try:
            with engine.begin() as conn:
                yield _engine_sql(conn)
        except SQLAlchemyError as err:
            raise StoreError(describe_database_error(err, self.where)) from None

    def _checkout(self) -> sqlite3.Connection:
        with self._idle_lock:
            if self._idle:
                return self._idle.pop()
        assert self._path is not None
        try:
            conn = sqlite3.connect(
                self._path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
            _sqlite_connect(conn, None)
        except sqlite3.Error as err:
            raise StoreError(describe_database_error(err, self.where)) from None
        return conn

    def close(self) -> None:
        with self._idle_lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
        if self._engine is not None:
            self._engine.dispose()


def _engine_sql(conn: Connection) -> Sql:
    name = conn.dialect.name
    return Sql(conn, sqlite=name == "sqlite", postgres=name == "postgresql")


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
    from sqlalchemy import create_engine, event

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
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError

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
    if path is not None and revision == SCHEMA_HEAD:
        return Store(url, where)  # nothing to check or migrate: the engine waits for first use
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
        from sqlalchemy.exc import SQLAlchemyError

        if revision is not None and path is not None:
            _backup_sqlite(path, revision)
        try:
            migrate(engine)
        except SQLAlchemyError as err:
            engine.dispose()
            raise StoreError(
                f"cannot set up the database {where}: {describe_database_error(err, where)}"
            ) from None
    return Store(url, where, is_new=is_new, engine=engine)
