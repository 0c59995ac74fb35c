"""Properties of the growth-exponent fit and the too_slow decision (drill.core.complexity)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drill.core.complexity import (
    EXPONENT_MARGIN,
    excess_exponent,
    fit_exponent,
    is_sublinear,
    is_too_slow,
    judge_growth,
    robust_exponent,
)

SIZES = [128 * 2**i for i in range(7)]
exponents = st.floats(0.0, 3.0)
constants = st.floats(1e-6, 1e-3)  # timings stay above the fit's 1 ns floor
# Multiplicative noise of up to +-20% on each timing, as a busy machine adds.
noise = st.lists(st.floats(0.8, 1.2), min_size=len(SIZES), max_size=len(SIZES))


def curve(c: float, k: float, wobble: list[float] | None = None) -> list[tuple[float, float]]:
    wobble = wobble or [1.0] * len(SIZES)
    return [(n, c * n**k * w) for n, w in zip(SIZES, wobble, strict=True)]


@given(c=constants, k=exponents)
def test_fit_recovers_the_exponent_of_a_power_law(c: float, k: float) -> None:
    assert fit_exponent(curve(c, k)) == pytest.approx(k, abs=1e-9)
    assert robust_exponent(curve(c, k)) == pytest.approx(k, abs=1e-9)


@given(c=constants, k=exponents, scale=st.floats(1e-2, 1e2))
def test_fit_ignores_the_constant_factor(c: float, k: float, scale: float) -> None:
    assert fit_exponent(curve(c * scale, k)) == pytest.approx(fit_exponent(curve(c, k)))


@given(c=constants, k=exponents, wobble=noise)
def test_bounded_noise_moves_the_exponent_a_bounded_amount(
    c: float, k: float, wobble: list[float]
) -> None:
    # Least squares moves by sum((x - mean) * e) / sum((x - mean)^2) for log-noise e.
    xs = [math.log(n) for n in SIZES]
    mean = sum(xs) / len(xs)
    spread = sum((x - mean) ** 2 for x in xs)
    bound = max(abs(math.log(w)) for w in wobble) * sum(abs(x - mean) for x in xs) / spread
    assert abs(fit_exponent(curve(c, k, wobble)) - k) <= bound + 1e-9


@given(c1=constants, c2=constants, k=exponents)
def test_excess_is_the_difference_of_exponents(c1: float, c2: float, k: float) -> None:
    assert excess_exponent(curve(c1, k + 1.0), curve(c2, k)) == pytest.approx(1.0)


@given(c=constants, wobble=noise, wobble2=noise)
def test_quadratic_against_linear_is_too_slow_despite_noise(
    c: float, wobble: list[float], wobble2: list[float]
) -> None:
    solution = curve(c, 2.0, wobble)
    reference = curve(c / SIZES[0], 1.0, wobble2)  # equal at the smallest n
    assert is_too_slow(solution, reference)


@given(c=constants, wobble=noise, wobble2=noise)
def test_n_log_n_against_linear_is_not_too_slow(
    c: float, wobble: list[float], wobble2: list[float]
) -> None:
    solution = [(n, c * n * math.log2(n) * w) for n, w in zip(SIZES, wobble, strict=True)]
    reference = curve(c, 1.0, wobble2)
    assert not is_too_slow(solution, reference)


@given(c=constants, k=exponents)
def test_a_steeper_curve_that_is_still_faster_is_not_too_slow(c: float, k: float) -> None:
    reference = curve(c, k)
    # Grows one power faster but is 1000x faster at the largest size.
    top = SIZES[-1]
    solution = [(n, c * n**k * (n / top) / 1000) for n in SIZES]
    assert not is_too_slow(solution, reference)


def test_fewer_than_three_sizes_never_decide_too_slow() -> None:
    assert not is_too_slow(curve(1e-6, 3.0)[:2], curve(1e-6, 0.0)[:2])


def test_margin_separates_log_factor_from_a_power() -> None:
    assert 0.2 < EXPONENT_MARGIN < 0.9


def test_fit_needs_two_distinct_sizes() -> None:
    with pytest.raises(ValueError, match="two or more"):
        fit_exponent([(100, 1.0), (100, 2.0)])


def test_judge_growth_reports_both_exponents() -> None:
    growth = judge_growth("O(n)", curve(1e-6, 2.0), curve(1e-6, 1.0))
    assert growth.ok is False
    assert growth.exponent == pytest.approx(2.0)
    assert growth.reference_exponent == pytest.approx(1.0)
    assert growth.to_json() == {
        "target": "O(n)",
        "exponent": 2.0,
        "reference_exponent": 1.0,
        "ok": False,
    }


def test_a_fixed_cost_at_small_sizes_does_not_hide_linear_against_log() -> None:
    # Linear work plus a 20 us fixed cost per call, against a logarithmic reference: over all
    # nine sizes the ratio's slope is below the margin, over the top five doublings it is not.
    sizes = [128 * 2**k for k in range(9)]
    sol = [(n, 20e-6 + 1e-8 * n) for n in sizes]
    ref = [(n, 2e-6 + 2e-7 * math.log2(n)) for n in sizes]
    assert excess_exponent(sol, ref) < 0.5  # fitted over the full range, it would pass
    assert is_too_slow(sol, ref)


def test_n_log_n_against_n_with_a_fixed_cost_is_not_too_slow() -> None:
    sizes = [128 * 2**k for k in range(9)]
    sol = [(n, 6e-6 + 3e-8 * n * math.log2(n)) for n in sizes]
    ref = [(n, 2e-6 + 2e-8 * n) for n in sizes]
    assert not is_too_slow(sol, ref)


@pytest.mark.parametrize(
    ("target", "sublinear"),
    [
        ("O(1)", True),
        ("O(log n)", True),
        ("O(log(m*n))", True),
        ("O(h)", True),
        ("O(n)", False),
        ("O(n log n)", False),
        ("O(log n + k)", False),
        ("O(V + E)", False),
    ],
)
def test_sublinear_targets(target: str, sublinear: bool) -> None:
    assert is_sublinear(target) is sublinear


def test_a_c_speed_linear_scan_against_a_log_target_is_too_slow() -> None:
    # min() over the list: ratio to the binary search grows like n^0.45 (measured shape).
    sizes = [128 * 2**k for k in range(9)]
    ref = [(n, 2e-6 * (n / 128) ** 0.25) for n in sizes]
    sol = [(n, 4e-6 * (n / 128) ** 0.7) for n in sizes]
    assert judge_growth("O(n)", sol, ref).ok  # against a linear target, fine
    assert not judge_growth("O(log n)", sol, ref).ok
    same = [(n, 3e-6 * (n / 128) ** 0.3) for n in sizes]
    assert judge_growth("O(log n)", same, ref).ok
