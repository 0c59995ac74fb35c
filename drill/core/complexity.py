"""Growth exponents fitted to (n, seconds) timings, and the judge's too_slow decision."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

# How far the solution's exponent may exceed the reference's before it is too_slow. Between
# n = 2^8 and 2^15 the log factor of an O(n log n) answer adds about 0.1-0.2 to the exponent of an
# O(n) one, and a quadratic answer adds about 1, so 0.5 sits well clear of both (see
# benchmarks/judge.py for the measured accuracy).
EXPONENT_MARGIN = 0.5
# A too_slow solution must also be this many times slower than the reference at the largest n:
# a steeper curve that is still faster (a C builtin against a Python loop) is not flagged.
MIN_SLOWDOWN = 2.0
SUBLINEAR_MARGIN = 0.35
"""The margin against a sublinear target (O(log n), O(h), O(1)): a linear scan in C (`min`,
`in`) grows only about 0.5 faster than a binary search whose own time creeps up with cache
misses, and no correct answer to such a target grows like n^0.35 relative to it."""
MIN_POINTS = 3
TOP_SPAN = 16  # the excess is fitted on sizes within this factor of the largest...
TOP_POINTS = 4  # ...when that leaves this many
_FLOOR_S = 1e-9

Sample = tuple[float, float]  # (n, seconds)


@dataclass(frozen=True)
class Growth:
    """The growth check's finding, as `drill judge --json` reports it under `complexity`."""

    target: str
    exponent: float
    reference_exponent: float
    ok: bool

    def to_json(self) -> dict[str, object]:
        return {
            "target": self.target,
            "exponent": round(self.exponent, 3),
            "reference_exponent": round(self.reference_exponent, 3),
            "ok": self.ok,
        }


def _logs(samples: Sequence[Sample]) -> tuple[list[float], list[float]]:
    xs = [math.log(n) for n, _ in samples]
    ys = [math.log(max(t, _FLOOR_S)) for _, t in samples]
    return xs, ys


def fit_exponent(samples: Sequence[Sample]) -> float:
    """The least-squares slope of log(seconds) against log(n): t ~ n^slope."""
    if len({n for n, _ in samples}) < 2:
        raise ValueError("need timings at two or more distinct sizes to fit an exponent")
    if any(n <= 0 for n, _ in samples):
        raise ValueError("sizes must be positive")
    xs, ys = _logs(samples)
    mx = sum(xs) / len(xs)
    my = sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return sxy / sxx


def robust_exponent(samples: Sequence[Sample]) -> float:
    """The Theil-Sen slope (median of pairwise slopes): one noisy timing cannot swing it."""
    if len({n for n, _ in samples}) < 2:
        raise ValueError("need timings at two or more distinct sizes to fit an exponent")
    xs, ys = _logs(samples)
    slopes = sorted(
        (ys[j] - ys[i]) / (xs[j] - xs[i])
        for i in range(len(xs))
        for j in range(i + 1, len(xs))
        if xs[j] != xs[i]
    )
    mid = len(slopes) // 2
    return slopes[mid] if len(slopes) % 2 else (slopes[mid - 1] + slopes[mid]) / 2


def excess_exponent(solution: Sequence[Sample], reference: Sequence[Sample]) -> float:
    """How much faster the solution's time grows than the reference's, on the sizes both ran.

    Fitting the ratio solution/reference cancels whatever slowed both at one size (another
    process on the machine), which fitting each curve alone does not.
    """
    ref = dict(reference)
    ratios = [(n, t / max(ref[n], _FLOOR_S)) for n, t in solution if n in ref]
    return robust_exponent(ratios)


def is_too_slow(
    solution: Sequence[Sample],
    reference: Sequence[Sample],
    margin: float = EXPONENT_MARGIN,
    min_slowdown: float = MIN_SLOWDOWN,
) -> bool:
    """True when the solution clearly grows faster than the reference and is slower at the top."""
    ref = dict(reference)
    common = [(n, t) for n, t in solution if n in ref]
    if len(common) < MIN_POINTS:
        return False
    n_max, t_max = max(common)
    if t_max < min_slowdown * ref[n_max]:
        return False
    # Fit the top sizes (the last five doublings) when there are enough: at the smallest sizes
    # a call's fixed cost (building the frame, the first list growth) hides how it grows.
    top = [(n, t) for n, t in common if n >= n_max / TOP_SPAN]
    return excess_exponent(top if len(top) >= TOP_POINTS else common, reference) > margin


def is_sublinear(target: str) -> bool:
    """O(1), O(log n), O(log(m*n)), O(h), O(log n + k)...: no power of n outside a log."""
    body = target.strip().removeprefix("O(").removesuffix(")").replace(" ", "")
    without_logs = re.sub(r"log\(?[^()+]*\)?", "", body)
    return not re.search(r"[nmVEk]", without_logs)


def judge_growth(target: str, solution: Sequence[Sample], reference: Sequence[Sample]) -> Growth:
    """The growth finding for a correct solution timed beside the reference at the same sizes."""
    margin = SUBLINEAR_MARGIN if is_sublinear(target) else EXPONENT_MARGIN
    return Growth(
        target=target,
        exponent=fit_exponent(solution),
        reference_exponent=fit_exponent(reference),
        ok=not is_too_slow(solution, reference, margin=margin),
    )
