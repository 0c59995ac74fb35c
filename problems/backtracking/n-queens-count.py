"""N-Queens Count

Place `n` chess queens on an `n x n` board so that no two of them attack each other: no two share
a row, a column, or a diagonal (in either direction). Return how many different placements exist.
Placements that are mirror images or rotations of each other count separately.

Constraints: 1 <= n <= 10.

Example: n = 4 -> 2
    . Q . .        . . Q .
    . . . Q        Q . . .
    Q . . .        . . . Q
    . . Q .        . Q . .

Example: n = 3 -> 0   (every try leaves two queens on a diagonal)
"""

import math

from hypothesis import strategies as st

TITLE = "N-Queens Count"
CATEGORY = "backtracking"
PATTERNS = ["backtracking", "bitmask"]
DIFFICULTY = "hard"
FUNCTION = "total_n_queens"
COMPLEXITY = "O(n!)"
TARGET_MINUTES = 30


def reference(n: int) -> int:
    full = (1 << n) - 1

    def place(cols: int, diag: int, anti: int) -> int:
        # cols/diag/anti: bitmasks of squares in the current row attacked from above
        if cols == full:
            return 1
        count = 0
        free = full & ~(cols | diag | anti)
        while free:
            bit = free & -free
            free ^= bit
            count += place(cols | bit, (diag | bit) << 1 & full, (anti | bit) >> 1)
        return count

    return place(0, 0, 0)


def inputs():
    # the examples pin down only the tiny boards, so sizes 5..9 come from here (10 is slow to
    # repeat)
    return st.integers(1, 9).map(lambda n: {"n": n})


EXAMPLES = [
    ({"n": 1}, 1),
    ({"n": 2}, 0),
    ({"n": 3}, 0),
    ({"n": 4}, 2),
]


def large(n, rng):
    """A board side growing with log(n): the search tree grows about 4x per extra row."""
    return {"n": min(10, max(4, round(math.log(max(n, 2), 4)) + 2))}
