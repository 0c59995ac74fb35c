"""The solution cannot touch the user's files: hostile solutions against canaries.

Each solution tries one thing at import time (read, write or delete a canary in the user's
folders, rewrite the problem module it is judged against, connect to a Unix socket the test
listens on) and answers Two Sum correctly only if the attempt failed; so `accepted` means the
sandbox held, and every test also checks the canary is untouched. Each runs twice: with the
private root (namespaces) and with Landlock alone (namespaces switched off), as a machine
without user namespaces would judge.
"""

from __future__ import annotations

import shutil
import socket
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from drill.judge import jail
from drill.judge.runner import JudgeResult, Limits, judge
from drill.judge.sandbox import probe
from drill.problembank import read_meta
from tests.judge.conftest import CORRECT_TWO_SUM, TWO_SUM, processes_matching

SECRET = "the user's own words"


@pytest.fixture(params=["private-root", "landlock"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "landlock":
        if jail.landlock_abi() < 1:
            pytest.skip("no Landlock on this kernel")
        monkeypatch.setenv("DRILL_JUDGE_NO_NAMESPACES", "1")
    elif not probe(refresh=True).pid_namespace:
        pytest.skip("no namespaces on this machine")
    probe(refresh=True)
    yield request.param
    monkeypatch.undo()
    probe(refresh=True)


def _judge(tmp_path: Path, attempt: str, problem: Path = TWO_SUM) -> JudgeResult:
    """Judge a solution that runs `attempt` at import and is right only if it raised."""
    source = (
        "def _attempt():\n"
        + textwrap.indent(textwrap.dedent(attempt).strip(), "    ")
        + "\n\ntry:\n    _attempt()\n    HELD = False\nexcept OSError:\n    HELD = True\n"
        + textwrap.dedent(CORRECT_TWO_SUM).replace(
            "    seen = {}", "    if not HELD:\n        return [-1, -1]\n    seen = {}"
        )
    )
    sol = tmp_path / "workspace" / "solution.py"
    sol.parent.mkdir(exist_ok=True)
    sol.write_text(source)
    tag = uuid.uuid4().hex
    result = judge(
        read_meta(problem),
        sol,
        tmp_path / "drill-home",
        max_examples=10,
        growth=False,
        limits=Limits(wall_s=20.0),
        tag=tag,
    )
    assert processes_matching(f"DRILL_JUDGE_TAG={tag}".encode()) == []
    return result


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    home = tmp_path / "user-home"
    home.mkdir()
    path = home / "notes.md"
    path.write_text(SECRET)
    return path


def _isolated(result: JudgeResult, mode: str) -> None:
    assert result.verdict == "accepted", result.report()
    assert result.isolation.startswith("private root" if mode == "private-root" else "landlock")


def test_cannot_read_a_file_in_the_users_home(mode: str, tmp_path: Path, canary: Path) -> None:
    result = _judge(tmp_path, f"print(open({str(canary)!r}).read())")
    _isolated(result, mode)
    assert SECRET not in result.output


def test_cannot_overwrite_a_file_in_the_users_home(mode: str, tmp_path: Path, canary: Path) -> None:
    result = _judge(tmp_path, f"open({str(canary)!r}, 'w').write('gone')")
    _isolated(result, mode)
    assert canary.read_text() == SECRET


def test_cannot_delete_a_file_in_the_users_home(mode: str, tmp_path: Path, canary: Path) -> None:
    result = _judge(tmp_path, f"import os\nos.remove({str(canary)!r})")
    _isolated(result, mode)
    assert canary.read_text() == SECRET


def test_cannot_create_a_file_beside_the_solution(mode: str, tmp_path: Path) -> None:
    target = tmp_path / "workspace" / "planted.py"
    result = _judge(tmp_path, f"open({str(target)!r}, 'w').write('x = 1')")
    _isolated(result, mode)
    assert not target.exists()


def test_cannot_read_the_database_in_drill_home(mode: str, tmp_path: Path) -> None:
    db = tmp_path / "drill-home" / "drill.db"
    db.parent.mkdir()
    db.write_bytes(b"SQLite format 3\x00" + SECRET.encode())
    result = _judge(tmp_path, f"print(open({str(db)!r}, 'rb').read())")
    _isolated(result, mode)
    assert SECRET not in result.output


def test_cannot_read_system_secrets(mode: str, tmp_path: Path) -> None:
    path = "/etc/shadow" if Path("/etc/shadow").exists() else "/etc/passwd"
    result = _judge(tmp_path, f"print(open({path!r}).read())")
    _isolated(result, mode)
    assert "root:" not in result.output


def test_cannot_rewrite_the_problem_module(mode: str, tmp_path: Path) -> None:
    problem = tmp_path / "problems" / "arrays-hashing" / "two-sum.py"
    problem.parent.mkdir(parents=True)
    shutil.copy(TWO_SUM, problem)
    before = problem.read_bytes()
    fake = "\ndef reference(nums, target):\n    return [-1, -1]\n"
    attempt = f"open({str(problem)!r}, 'a').write({fake!r})"
    result = _judge(tmp_path, attempt, problem=problem)
    _isolated(result, mode)
    assert problem.read_bytes() == before


def test_cannot_connect_to_a_unix_socket_outside(mode: str, tmp_path: Path) -> None:
    path = tmp_path / "agent.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(1)
        server.setblocking(False)
        attempt = f"""
        import socket
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect({str(path)!r})
        s.sendall(b"hello")
        """
        result = _judge(tmp_path, attempt)
        with pytest.raises(BlockingIOError):
            server.accept()
    _isolated(result, mode)


def test_the_solution_can_write_in_its_own_scratch_home(mode: str, tmp_path: Path) -> None:
    # Isolation must not break an honest solution that uses a temporary file.
    attempt = """
    import os, tempfile
    with open(os.path.join(os.path.expanduser("~"), "cache.txt"), "w") as fh:
        fh.write("ok")
    with tempfile.TemporaryFile() as fh:
        fh.write(b"ok")
    raise OSError("wrote fine")  # so HELD is True and the answer is right
    """
    result = _judge(tmp_path, attempt)
    _isolated(result, mode)
