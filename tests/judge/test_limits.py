"""The judge's own caps grow with the work asked of it, so they never blame a solution."""

from __future__ import annotations

from drill.judge.runner import DEFAULT_EXAMPLES, scaled
from drill.judge.sandbox import Limits


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
