"""N-Queens

Place `n` chess queens on an `n x n` board so that no two attack each other: no two share a row,
a column, or a diagonal (in either direction). Return every such placement. Write a board as a
list of `n` strings, one per row from top to bottom, with `"Q"` for a queen and `"."` for an empty
square. Mirror images and rotations are different placements. Return `[]` when there is none.

Constraints: 1 <= n <= 9.

Example: n = 4 -> [[".Q..", "...Q", "Q...", "..Q."], ["..Q.", "Q...", "...Q", ".Q.."]]

Example: n = 2 -> []   (the second queen always shares a column or a diagonal with the first)

Any order of the boards is accepted, but each board must appear exactly once.
"""

import math

from hypothesis import strategies as st

TITLE = "N-Queens"
CATEGORY = "backtracking"
PATTERNS = ["backtracking"]
DIFFICULTY = "hard"
FUNCTION = "solve_n_queens"
COMPLEXITY = "O(n!)"
TARGET_MINUTES = 30


def reference(n: int) -> list[list[str]]:
    result: list[list[str]] = []
    queens: list[int] = []  # queens[r] = the column of the queen in row r
    cols: set[int] = set()
    diag: set[int] = set()  # r - c is constant along a "\" diagonal
    anti: set[int] = set()  # r + c is constant along a "/" diagonal

    def place(r: int) -> None:
        if r == n:
            result.append(["." * c + "Q" + "." * (n - c - 1) for c in queens])
            return
        for c in range(n):
            if c in cols or r - c in diag or r + c in anti:
                continue
            queens.append(c)
            cols.add(c)
            diag.add(r - c)
            anti.add(r + c)
            place(r + 1)
            queens.pop()
            cols.remove(c)
            diag.remove(r - c)
            anti.remove(r + c)

    place(0)
    return result


def inputs():
    return st.integers(1, 8).map(lambda n: {"n": n})


EXAMPLES = [
    ({"n": 1}, [["Q"]]),
    ({"n": 2}, []),
    ({"n": 3}, []),
    ({"n": 4}, [[".Q..", "...Q", "Q...", "..Q."], ["..Q.", "Q...", "...Q", ".Q.."]]),
]


def large(n, rng):
    """A board side growing with log(n): the search tree grows about 4x per extra row."""
    return {"n": min(9, max(4, round(math.log(max(n, 2), 4)) + 2))}


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(list(board) for board in got) == sorted(list(b) for b in expected)
    except TypeError:
        return False
