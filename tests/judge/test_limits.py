"""The judge's own caps grow with the work asked of it, so they never blame a solution."""

from __future__ import annotations

from pathlib import Path

from drill.config import shipped_dir
from drill.judge.runner import DEFAULT_EXAMPLES, judge, scaled
from drill.judge.sandbox import Limits
from drill.problembank import module_paths, read_meta

MODULES = {p.stem: p for p in module_paths([shipped_dir("problems")])}


def test_asking_for_more_examples_gives_the_judgement_more_time() -> None:
    base = Limits()
    assert scaled(base, DEFAULT_EXAMPLES) == base
    assert scaled(base, 40) == base  # fewer examples never tighten a user's limits
    big = scaled(base, 10_000)
    factor = 10_000 / DEFAULT_EXAMPLES
    assert big.wall_s == base.wall_s * factor and big.cpu_s >= base.cpu_s * factor
    assert (big.call_s, big.memory_bytes, big.growth_s) == (
        base.call_s,
        base.memory_bytes,
        base.growth_s,
    )


def test_a_call_limit_counts_the_solutions_cpu_not_a_busy_machines_wall_clock(
    tmp_path: Path,
) -> None:
    """A solution whose first call sleeps 1.5 s uses almost no CPU: under the 1 s CPU call
    limit it is answered (slowly), as a correct solution starved by a busy machine would be;
    one that spins for 1.5 s of CPU is a time limit."""
    meta = read_meta(MODULES["two-sum"])
    sleepy = tmp_path / "sleepy.py"
    sleepy.write_text(
        "import time\n"
        "slept = []\n"
        "def two_sum(nums, target):\n"
        "    if not slept:\n"
        "        slept.append(time.sleep(1.5))\n"
        "    seen = {}\n"
        "    for i, x in enumerate(nums):\n"
        "        if target - x in seen:\n"
        "            return [seen[target - x], i]\n"
        "        seen[x] = i\n"
    )
    result = judge(meta, sleepy, None, max_examples=1, growth=False)
    assert result.verdict != "time_limit", result.report()
    spinning = tmp_path / "spin.py"
    spinning.write_text(
        "import time\n"
        "def two_sum(nums, target):\n"
        "    end = time.process_time() + 1.5\n"
        "    while time.process_time() < end:\n"
        "        pass\n"
    )
    result = judge(meta, spinning, None, max_examples=1, growth=False)
    assert result.verdict == "time_limit" and "CPU time" in result.report()
