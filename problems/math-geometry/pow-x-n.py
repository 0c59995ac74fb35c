"""Pow(x, n)

Compute `x` raised to the integer power `n` (which may be negative or zero) and return it as a
float. Don't just hand the job to the built-in power (`**`, `pow`, `math.pow`), and make the work
grow with log |n|, not with |n|.

Because long chains of float multiplications round differently, answers within a relative error
of 1e-5 of the exact value are accepted.

Constraints: -100 < x < 100 and x != 0; -2^31 <= n <= 2^31 - 1; the exact result satisfies
10^-4 <= |x^n| <= 10^4.

Example: x = 2.0, n = 10 -> 1024.0

Example: x = 2.0, n = -2 -> 0.25   (2^-2 = 1 / 2^2)

Example: x = -1.5, n = 3 -> -3.375
"""

import math

from hypothesis import strategies as st

TITLE = "Pow(x, n)"
CATEGORY = "math-geometry"
PATTERNS = ["fast-exponentiation", "divide-and-conquer"]
DIFFICULTY = "medium"
FUNCTION = "my_pow"
COMPLEXITY = "O(log n)"
TOLERANCE = 1e-6  # a float answer: equal within one part in a million
TARGET_MINUTES = 15


def reference(x: float, n: int) -> float:
    if n < 0:
        x, n = 1 / x, -n
    result = 1.0
    while n:
        if n & 1:
            result *= x
        x *= x
        n >>= 1
    return result


@st.composite
def _case(draw):
    n = draw(st.integers(-12, 12) | st.integers(-2**31, 2**31 - 1))
    if n == 0:
        magnitude = draw(st.floats(0.01, 99.99))
    else:  # pick the size of the answer, 10^t, then the base that produces it
        t = draw(st.floats(-3.9, 3.9))
        magnitude = min(99.99, 10 ** (t / abs(n)))
        if draw(st.booleans()):
            magnitude = round(magnitude, 2) if abs(n) <= 3 and magnitude >= 0.1 else magnitude
    sign = draw(st.sampled_from([1, -1]))
    return {"x": sign * magnitude, "n": n}


def inputs():
    return _case()


EXAMPLES = [
    ({"x": 2.0, "n": 10}, 1024.0),
    ({"x": 2.0, "n": -2}, 0.25),
    ({"x": -1.5, "n": 3}, -3.375),
    ({"x": 42.5, "n": 0}, 1.0),
    ({"x": -2.0, "n": -1}, -0.5),
    ({"x": 1.0, "n": -2147483648}, 1.0),
    ({"x": -1.0, "n": 2147483647}, -1.0),
    ({"x": 0.5, "n": -13}, 8192.0),
]


def large(n, rng):
    return {"x": 10 ** (rng.uniform(-3, 3) / n), "n": n}


def check(kwargs, expected, got) -> bool:
    try:
        return math.isclose(got, expected, rel_tol=1e-5)
    except TypeError:
        return False
