"""Spiral Matrix

You get an `m x n` matrix. Return all of its values in spiral order: start at the top-left
corner, go right along the top row, down the right column, left along the bottom row, up the
left column, then continue inward the same way until every cell has been listed exactly once.

Constraints: 1 <= m, n <= 500; -100 <= matrix[i][j] <= 100.

Example: matrix = [[1, 2, 3],
                   [4, 5, 6],
                   [7, 8, 9]] -> [1, 2, 3, 6, 9, 8, 7, 4, 5]

Example: matrix = [[1, 2, 3, 4],
                   [5, 6, 7, 8],
                   [9, 10, 11, 12]] -> [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7]
"""

from hypothesis import strategies as st

TITLE = "Spiral Matrix"
CATEGORY = "math-geometry"
PATTERNS = ["matrix", "simulation"]
DIFFICULTY = "medium"
FUNCTION = "spiral_order"
COMPLEXITY = "O(n)"  # n = number of cells
TARGET_MINUTES = 20


def reference(matrix: list[list[int]]) -> list[int]:
    out = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        out += [matrix[top][c] for c in range(left, right + 1)]
        out += [matrix[r][right] for r in range(top + 1, bottom + 1)]
        if top < bottom and left < right:  # a single remaining row or column is already done
            out += [matrix[bottom][c] for c in range(right - 1, left - 1, -1)]
            out += [matrix[r][left] for r in range(bottom - 1, top, -1)]
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out


@st.composite
def _case(draw):
    m, n = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    return {"matrix": [[draw(st.integers(-100, 100)) for _ in range(n)] for _ in range(m)]}


def inputs():
    return _case()


EXAMPLES = [
    ({"matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}, [1, 2, 3, 6, 9, 8, 7, 4, 5]),
    ({"matrix": [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]}, [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7]),
    ({"matrix": [[7]]}, [7]),
    ({"matrix": [[1, 2, 3]]}, [1, 2, 3]),
    ({"matrix": [[1], [2], [3]]}, [1, 2, 3]),
    ({"matrix": [[1, 2], [3, 4], [5, 6]]}, [1, 2, 4, 6, 5, 3]),
    ({"matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]}, [1, 2, 3, 6, 9, 12, 11, 10, 7, 4, 5, 8]),
]


def large(n, rng):
    rows = max(1, int(n ** 0.5))
    cols = max(1, n // rows)
    return {"matrix": [[rng.randint(-100, 100) for _ in range(cols)] for _ in range(rows)]}
