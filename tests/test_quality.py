"""The codebase stays ruff-clean, ruff-formatted and mypy --strict clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_check() -> None:
    out = run(str(BIN / "ruff"), "check", "drill", "tests", "benchmarks")
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_format() -> None:
    out = run(str(BIN / "ruff"), "format", "--check", "drill", "tests", "benchmarks")
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.slow
def test_mypy_strict() -> None:
    out = run(str(BIN / "mypy"), "--no-incremental", "--cache-dir=/dev/null")
    assert out.returncode == 0, out.stdout + out.stderr


def test_import_linter_contracts_hold() -> None:
    """The layers in pyproject.toml: a pure core, UIs without SQL, headless commands."""
    out = run(str(BIN / "lint-imports"), "--no-cache")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "5 kept, 0 broken" in out.stdout


HEADLESS = """
import sys
from drill.cli import cli
try:
    cli.main(args=sys.argv[1:], prog_name="drill", standalone_mode=False)
except SystemExit:
    pass
loaded = sorted(m for m in ("textual", "sqlalchemy") if m in sys.modules)
print("LOADED=" + ",".join(loaded))
"""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--help"], ""),
        (["due"], "sqlalchemy"),
        (["decks"], "sqlalchemy"),
        (["sync"], "sqlalchemy"),
        (["oops", "list"], "sqlalchemy"),
    ],
)
def test_headless_commands_never_load_textual(
    args: list[str], expected: str, tmp_path: Path
) -> None:
    from tests.conftest import env_for

    out = subprocess.run(
        [sys.executable, "-c", HEADLESS, *args],
        cwd=ROOT,
        env=env_for(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert f"LOADED={expected}" in out.stdout.splitlines(), out.stdout + out.stderr
