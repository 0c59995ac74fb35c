"""Perfect Squares

Return the smallest count of perfect squares (1, 4, 9, 16, ...) that add up to exactly `n`. The
same square may be used more than once.

Constraints: 1 <= n <= 10^4.

Example: n = 14 -> 3   (9 + 4 + 1)

Example: n = 26 -> 2   (25 + 1)

Aim for O(n * sqrt(n)) time.
"""

from math import isqrt

from hypothesis import strategies as st

TITLE = "Perfect Squares"
CATEGORY = "dp-1d"
PATTERNS = ["dp", "unbounded-knapsack", "bfs"]
DIFFICULTY = "medium"
FUNCTION = "num_squares"
COMPLEXITY = "O(n * sqrt(n))"
TARGET_MINUTES = 20


def reference(n: int) -> int:
    squares = [k * k for k in range(1, isqrt(n) + 1)]
    # fewest[i]: fewest squares adding up to i; the last square used can be any square <= i
    fewest = [0] * (n + 1)
    for i in range(1, n + 1):
        best = i  # i ones
        for s in squares:
            if s > i:
                break
            if fewest[i - s] < best:
                best = fewest[i - s]
        fewest[i] = best + 1
    return fewest[n]


def inputs():
    return st.one_of(st.integers(1, 60), st.integers(1, 400), st.integers(1, 10**4)).map(
        lambda n: {"n": n}
    )


EXAMPLES = [
    ({"n": 14}, 3),
    ({"n": 26}, 2),
    ({"n": 1}, 1),
    ({"n": 4}, 1),
    ({"n": 5}, 2),
    ({"n": 13}, 2),
    ({"n": 30}, 3),
    ({"n": 85}, 2),
    ({"n": 10000}, 1),
    ({"n": 9997}, 2),
]


def large(n, rng):
    # the work grows with n itself
    return {"n": n}
