"""Climbing Stairs

A staircase has `n` steps. Each move climbs either 1 step or 2 steps. Return the number of distinct
sequences of moves that end exactly on the top step. The count grows quickly; return it exactly
(Python integers do not overflow).

Constraints: 1 <= n <= 10^5.

Example: n = 3 -> 3   (1+1+1, 1+2, 2+1)

Example: n = 1 -> 1
"""

from hypothesis import strategies as st

TITLE = "Climbing Stairs"
CATEGORY = "dp-1d"
PATTERNS = ["dp", "fibonacci"]
DIFFICULTY = "easy"
FUNCTION = "climb_stairs"
COMPLEXITY = "O(n)"
NO_CPP = "the answers outgrow 64-bit integers (n goes up to 10^5 here); judged in Python only"
TARGET_MINUTES = 10


def reference(n: int) -> int:
    # ways(i) = ways(i - 1) + ways(i - 2): the last move was a 1-step or a 2-step
    prev, cur = 1, 1  # ways(0), ways(1)
    for _ in range(n - 1):
        prev, cur = cur, prev + cur
    return cur


def inputs():
    return st.integers(1, 90).map(lambda n: {"n": n})


EXAMPLES = [
    ({"n": 1}, 1),
    ({"n": 2}, 2),
    ({"n": 3}, 3),
    ({"n": 5}, 8),
    ({"n": 10}, 89),
    ({"n": 45}, 1836311903),
    ({"n": 93}, 19740274219868223167),
]


def large(n, rng):
    return {"n": n}
