"""What a reliability run found: each bad input is one clear line, exit 2, and loses nothing."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import env_for
from tests.e2e.test_cli import DRILL, drill


def one_line_error(out: subprocess.CompletedProcess[str]) -> str:
    assert out.returncode == 2, out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    return lines[0]


def reviews(home: Path) -> int:
    conn = sqlite3.connect(home / "drill.db")
    try:
        return int(conn.execute("SELECT count(*) FROM review_log").fetchone()[0])
    finally:
        conn.close()


def review_some(home: Path) -> None:
    out = drill(home, "review", "--plain", "--deck", "Sample", stdin="\n3\n\n3\n\n4\nq\n")
    assert out.returncode == 0, out.stderr
    assert reviews(home) == 3


def test_a_foreign_wal_is_moved_aside_and_the_database_kept(
    user_home: Path, tmp_path: Path
) -> None:
    review_some(user_home)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE invoices (id INTEGER, body TEXT)")
    conn.executemany("INSERT INTO invoices VALUES (?, ?)", [(i, "x" * 500) for i in range(200)])
    conn.commit()
    shutil.copy(tmp_path / "other.db-wal", user_home / "drill.db-wal")  # copied in by mistake
    conn.close()
    out = drill(user_home, "due", "--deck", "Sample")
    assert out.returncode == 0, out.stderr
    assert "did not belong to" in out.stderr
    assert reviews(user_home) == 3
    assert list(user_home.glob("drill.db-wal.foreign.*"))


def test_a_crash_wal_of_this_database_is_kept(user_home: Path) -> None:
    """After a kill -9 the WAL holds committed answers: it must be replayed, not set aside."""
    drill(user_home, "sync")
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute(\"INSERT INTO meta (key, value) VALUES ('crash', 'kept')\")\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(user_home / "drill.db")], check=False)
    assert (user_home / "drill.db-wal").stat().st_size > 0
    out = drill(user_home, "due")
    assert out.returncode == 0 and "did not belong" not in out.stderr, out.stderr
    conn = sqlite3.connect(user_home / "drill.db")
    assert conn.execute("SELECT value FROM meta WHERE key='crash'").fetchone() == ("kept",)
    conn.close()


def test_a_wal_that_is_a_folder_is_named_without_advice_to_discard(user_home: Path) -> None:
    review_some(user_home)
    (user_home / "drill.db-wal").mkdir()
    line = one_line_error(drill(user_home, "due"))
    assert "drill.db-wal is a folder" in line and "fresh" not in line
    os.rmdir(user_home / "drill.db-wal")
    assert reviews(user_home) == 3


def test_a_first_run_cut_short_leaves_a_home_that_works(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The schema is made in one transaction: dying half way leaves nothing to trip over."""
    from sqlalchemy import event

    import drill.store.db as db
    from drill.config import load_settings
    from drill.store.db import open_store

    real = db.make_engine

    def dies_half_way(url: str) -> object:
        engine = real(url)

        def after(_c: object, _cur: object, statement: str, *_: object) -> None:
            if statement.lstrip().startswith("CREATE TABLE cards"):
                raise KeyboardInterrupt  # like a kill arriving after a few tables were made

        event.listen(engine, "after_cursor_execute", after)
        return engine

    monkeypatch.setattr(db, "make_engine", dies_half_way)
    with pytest.raises(KeyboardInterrupt):
        open_store(load_settings(home))
    conn = sqlite3.connect(home / "drill.db")
    assert conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall() == []
    conn.close()
    monkeypatch.setattr(db, "make_engine", real)
    store = open_store(load_settings(home))
    assert store.is_new
    store.close()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["oops", "add", "bad \udcff text"], "is not valid UTF-8"),
        (["oops", "resolve", "99999999999999999999999"], "is not in the range"),
        (["export", "--out", ""], "name the file to write"),
    ],
)
def test_bad_arguments_are_one_line(user_home: Path, args: list[str], says: str) -> None:
    env = env_for(user_home)
    out = subprocess.run(
        [DRILL, *[a.encode("utf-8", "surrogateescape") for a in args]],  # type: ignore[misc]
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert says in one_line_error(out)


def test_a_huge_cloze_number_names_its_line_and_changes_nothing(user_home: Path) -> None:
    review_some(user_home)
    (user_home / "decks" / "bad.md").write_text(
        '+++\nname = "Bad"\n+++\n\nID: big\nC: {{c99999999999999999999::x}} is hidden\n'
    )
    line = one_line_error(drill(user_home, "sync"))
    assert "bad.md:6" in line and "c1 to c500" in line
    assert reviews(user_home) == 3
    assert drill(user_home, "due", "--deck", "Sample").returncode == 0  # review still works


def test_a_megabyte_of_backticks_is_read_at_once(user_home: Path) -> None:
    (user_home / "decks" / "ticks.md").write_text(
        '+++\nname = "Ticks"\n+++\n\nID: t\nQ: ' + "`" * 1_000_000 + " $x$?\nA: yes\n"
    )
    out = drill(user_home, "sync")  # the helper's 120 s timeout is the hang guard
    assert out.returncode == 0, out.stderr


def test_a_server_that_accepts_but_never_answers_times_out_clearly(
    tmp_path: Path,
) -> None:
    pytest.importorskip("psycopg")
    sock_dir = tmp_path / "pg"
    sock_dir.mkdir()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(sock_dir / ".s.PGSQL.5999"))
    server.listen(4)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:  # take connections and say nothing
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    url = f"postgresql+psycopg://drill@/drill?host={sock_dir}&port=5999"
    try:
        out = drill(tmp_path / "home", "due", DRILL_DATABASE_URL=url)
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        server.close()
    line = one_line_error(out)
    assert "did not answer in time" in line or "timeout" in line
    assert "move it aside" not in line


def test_a_problem_module_that_exits_at_import_does_not_hide_the_others(
    tmp_path: Path,
) -> None:
    from drill.config import shipped_dir

    folder = tmp_path / "mine" / "arrays-hashing"
    folder.mkdir(parents=True)
    source = (shipped_dir("problems") / "arrays-hashing" / "two-sum.py").read_text()
    (folder / "exits.py").write_text(
        source.replace('TITLE = "Two Sum"', 'TITLE = "Exits"') + "\nimport sys\nsys.exit(3)\n"
    )
    (folder / "my-sum.py").write_text(source.replace('TITLE = "Two Sum"', 'TITLE = "Mine"'))
    out = drill(tmp_path / "home", "problems", "check", str(folder))
    assert out.returncode == 2
    assert "2 problem modules checked: 1 with 1 error(s)" in out.stdout + out.stderr
    assert "exits.py" in out.stdout + out.stderr and "sys.exit(3)" in out.stdout + out.stderr
    assert "Traceback" not in out.stderr
