"""Unique Paths

A robot stands in the top-left cell of a grid with `m` rows and `n` columns and wants to reach the
bottom-right cell. Each move takes it exactly one cell down or one cell right. Return the number
of different paths it can take. The count can be huge: return it exactly, as an integer.

Constraints: 1 <= m, n <= 100.

Example: m = 3, n = 4 -> 10   (each path is 2 downs and 3 rights in some order: 5 choose 2)

Example: m = 1, n = 9 -> 1   (a single row: only one way, straight right)
"""

from hypothesis import strategies as st

TITLE = "Unique Paths"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "grid", "combinatorics"]
DIFFICULTY = "medium"
FUNCTION = "unique_paths"
COMPLEXITY = "O(m * n)"
NO_CPP = "the path counts outgrow 64-bit integers; judged in Python only"
TARGET_MINUTES = 15


def reference(m: int, n: int) -> int:
    # ways[c]: paths into column c of the current row. A cell is reached from above (the old
    # ways[c]) or from the left (the new ways[c - 1]).
    ways = [1] * n
    for _ in range(m - 1):
        for c in range(1, n):
            ways[c] += ways[c - 1]
    return ways[-1]


def inputs():
    side = st.one_of(st.integers(1, 6), st.integers(1, 40), st.integers(30, 100))
    return st.tuples(side, side).map(lambda mn: {"m": mn[0], "n": mn[1]})


EXAMPLES = [
    ({"m": 3, "n": 4}, 10),
    ({"m": 1, "n": 9}, 1),
    ({"m": 1, "n": 1}, 1),
    ({"m": 5, "n": 1}, 1),
    ({"m": 2, "n": 2}, 2),
    ({"m": 4, "n": 4}, 20),
    ({"m": 6, "n": 3}, 21),
    ({"m": 10, "n": 10}, 48620),
    ({"m": 23, "n": 12}, 193536720),
]


def large(n, rng):
    """8 rows and n columns: about 8n table cells."""
    return {"m": 8, "n": n}
