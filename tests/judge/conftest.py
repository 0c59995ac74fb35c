"""Helpers for judge tests: a shipped problem, solution files, and a scan for stray processes."""

from __future__ import annotations

import os
import textwrap
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from drill.config import shipped_dir
from drill.judge.runner import JudgeResult, Limits, judge
from drill.problembank import read_meta

TWO_SUM = shipped_dir("problems") / "arrays-hashing" / "two-sum.py"
CORRECT_TWO_SUM = """
def two_sum(nums, target):
    seen = {}
    for j, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], j]
        seen[x] = j
"""


def processes_matching(needle: bytes) -> list[int]:
    """Live (non-zombie) processes whose command line or environment contains `needle`."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == os.getpid():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                if fh.read().rsplit(b")", 1)[-1].split()[0] == b"Z":
                    continue
            blob = b""
            for part in ("cmdline", "environ"):
                with open(f"/proc/{name}/{part}", "rb") as fh:
                    blob += fh.read()
        except OSError:
            continue
        if needle in blob:
            found.append(int(name))
    return found


@pytest.fixture
def marker() -> str:
    """A unique word a hostile solution puts in the argv of anything it starts."""
    return f"drill-hostile-{uuid.uuid4().hex}"


JudgeFn = Callable[..., JudgeResult]


@pytest.fixture
def run_judge(tmp_path: Path, marker: str) -> JudgeFn:
    """Judge solution source against Two Sum; afterwards assert nothing it started survives."""

    def run(source: str, *, limits: Limits | None = None, **kwargs: object) -> JudgeResult:
        sol = tmp_path / "solution.py"
        sol.write_text(textwrap.dedent(source).replace("MARKER", marker))
        tag = uuid.uuid4().hex
        result = judge(
            read_meta(TWO_SUM),
            sol,
            tmp_path / "home",
            max_examples=int(kwargs.pop("max_examples", 30)),  # type: ignore[call-overload]
            growth=bool(kwargs.pop("growth", False)),
            limits=limits or Limits(wall_s=20.0, call_s=1.0),
            tag=tag,
        )
        assert processes_matching(f"DRILL_JUDGE_TAG={tag}".encode()) == []
        assert processes_matching(marker.encode()) == []
        return result

    return run
