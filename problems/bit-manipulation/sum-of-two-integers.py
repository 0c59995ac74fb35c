"""Sum of Two Integers

You get two integers `a` and `b`. Return their sum.

The judge checks only the answer; the interview version asks you to compute it without the `+`
and `-` operators (and without `sum` or other helpers that add for you), using bitwise operations
only. Keep in mind that Python integers are unbounded, so negative numbers then need some care.

Constraints: -10^6 <= a, b <= 10^6.

Example: a = 2, b = 3 -> 5

Example: a = -7, b = 4 -> -3
"""

from hypothesis import strategies as st

TITLE = "Sum of Two Integers"
CATEGORY = "bit-manipulation"
PATTERNS = ["bit-arithmetic"]
DIFFICULTY = "medium"
FUNCTION = "get_sum"
COMPLEXITY = "O(1)"
TARGET_MINUTES = 20

_MASK = 0xFFFFFFFF
_SIGN = 0x80000000


def reference(a: int, b: int) -> int:
    a &= _MASK
    b &= _MASK
    while b:
        carry = ((a & b) << 1) & _MASK
        a = a ^ b
        b = carry
    return a if not a & _SIGN else ~(a ^ _MASK)


def inputs():
    small = st.integers(-20, 20)
    big = st.integers(-10**6, 10**6)
    return st.fixed_dictionaries({"a": small | big, "b": small | big})


EXAMPLES = [
    ({"a": 2, "b": 3}, 5),
    ({"a": -7, "b": 4}, -3),
    ({"a": 0, "b": 0}, 0),
    ({"a": -1, "b": 1}, 0),
    ({"a": -1, "b": -1}, -2),
    ({"a": 5, "b": -9}, -4),
    ({"a": -10**6, "b": -10**6}, -2 * 10**6),
    ({"a": 10**6, "b": 10**6}, 2 * 10**6),
]


def large(n, rng):
    # the input is two numbers whatever n is
    return {"a": rng.randint(-10**6, 10**6), "b": rng.randint(-10**6, 10**6)}
