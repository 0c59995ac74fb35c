"""The installed `drill` opens the TUI in a real terminal (a pty), or says why it cannot."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from drill import review
from drill.config import load_settings
from drill.store.db import open_store
from tests.conftest import at, env_for

DRILL = str(Path(sys.executable).parent / "drill")
ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[PX^_].*?\x1b\\|\x1b\][^\x07]*\x07|\x1b.")


def run_in_terminal(home: Path, *args: str, keys: list[tuple[str, bytes]]) -> tuple[int, str]:
    """Start `drill ARGS` in a 100x30 pty; when a text appears on screen, type its keys."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = env_for(home, TERM="xterm-256color")
    proc = subprocess.Popen(
        [DRILL, *args], stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    screen = b""
    pending = list(keys)
    deadline = time.monotonic() + 60
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    screen += os.read(master, 65536)
                except OSError:
                    break
            plain = ANSI.sub(b"", screen).decode(errors="replace")
            if pending and pending[0][0] in plain:
                os.write(master, pending.pop(0)[1])
                screen = b""
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    assert not pending, f"never saw {pending[0][0]!r} on screen"
    return code, ANSI.sub(b"", screen).decode(errors="replace")


def test_drill_review_opens_the_tui_and_an_answer_is_stored(
    sample_home: Path, only_sample: Path
) -> None:
    del only_sample  # the subprocess sees the shipped decks too; the Sample deck is asked for
    code, _ = run_in_terminal(
        sample_home,
        "review",
        "--deck",
        "Sample",
        keys=[("lst.append(x)", b" "), ("Again", b"3"), ("key in d", b"\x11")],  # ctrl+q quits
    )
    assert code == 0
    settings = load_settings(sample_home)
    store = open_store(settings)
    try:
        counts = review.due_counts(
            store, settings, at("2026-03-02T09:00:00Z"), review.Scope(decks=("Sample",))
        )
    finally:
        store.close()
    assert counts.new == 4


def test_drill_without_a_terminal_says_so_in_one_line(sample_home: Path) -> None:
    out = subprocess.run(
        [DRILL],
        capture_output=True,
        text=True,
        env=env_for(sample_home),
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert out.returncode == 2
    assert out.stderr.startswith("drill: the drill TUI needs a terminal")
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_a_broken_database_is_one_clear_line(sample_home: Path) -> None:
    (sample_home / "drill.db").write_bytes(b"this is not a database" * 100)
    code, screen = run_in_terminal(sample_home, keys=[])
    assert code == 2
    assert "drill: cannot open the database" in screen and "Traceback" not in screen
