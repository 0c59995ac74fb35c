"""The shipped problem bank covers the canon: counts by category, pattern and difficulty."""

from __future__ import annotations

import json
from pathlib import Path

from drill.core.problems import CATEGORIES, CLASSIC_PATTERNS
from tests.e2e.test_cli import drill


def test_problems_stats_prints_the_coverage_the_bank_promises(tmp_path: Path) -> None:
    out = drill(tmp_path / "home", "problems", "--stats", "--json")
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""  # every shipped module reads cleanly
    stats = json.loads(out.stdout)
    total = stats["total"]["problems"]
    assert total >= 100
    assert set(stats["category"]) == set(CATEGORIES)
    assert {c: n for c, n in stats["category"].items() if n < 4} == {}
    assert set(stats["pattern"]) == set(CLASSIC_PATTERNS)
    assert {p: n for p, n in stats["pattern"].items() if n < 3} == {}
    shares = {d: n / total for d, n in stats["difficulty"].items()}
    assert 0.15 <= shares["easy"] <= 0.25  # near 20% easy, 65% medium, 15% hard
    assert 0.58 <= shares["medium"] <= 0.72
    assert 0.11 <= shares["hard"] <= 0.20
    assert sum(stats["difficulty"].values()) == total


def test_problems_stats_text_form_lists_every_group(tmp_path: Path) -> None:
    out = drill(tmp_path / "home", "problems", "--stats")
    assert out.returncode == 0
    for heading in ("by difficulty:", "by category:", "by pattern:"):
        assert heading in out.stdout
    assert "  k-way-merge" in out.stdout and "  bit-manipulation" in out.stdout


def test_problems_check_passes_on_the_whole_shipped_bank(tmp_path: Path) -> None:
    out = drill(tmp_path / "home", "problems", "check")
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    count = int(out.stdout.split()[0])
    assert count >= 100 and out.stdout.strip().endswith("all OK")
