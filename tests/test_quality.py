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
