"""Rotate Image

You get an `n x n` matrix (a square image). Rotate it by 90 degrees clockwise and return the
rotated matrix. Interview version: do it in place, with O(1) extra memory, and return the same
matrix object.

Constraints: 1 <= n <= 500; -1000 <= matrix[i][j] <= 1000.

Example: matrix = [[1, 2, 3],
                   [4, 5, 6],
                   [7, 8, 9]] -> [[7, 4, 1],
                                  [8, 5, 2],
                                  [9, 6, 3]]

Example: matrix = [[1, 2],
                   [3, 4]] -> [[3, 1],
                               [4, 2]]   (the first column, read bottom-up, becomes the first row)
"""

from hypothesis import strategies as st

TITLE = "Rotate Image"
CATEGORY = "math-geometry"
PATTERNS = ["matrix"]
DIFFICULTY = "medium"
FUNCTION = "rotate"
COMPLEXITY = "O(n)"  # n = number of cells
TARGET_MINUTES = 20


def reference(matrix: list[list[int]]) -> list[list[int]]:
    n = len(matrix)
    for i in range(n):  # transpose...
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:  # ...then mirror each row
        row.reverse()
    return matrix


@st.composite
def _case(draw):
    n = draw(st.integers(1, 6))
    cell = st.integers(-3, 3) if draw(st.booleans()) else st.integers(-1000, 1000)
    matrix = [[draw(cell) for _ in range(n)] for _ in range(n)]
    if n > 1 and draw(st.booleans()):  # two equal rows: the rotation must still move both
        i, j = draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True))
        matrix[j] = list(matrix[i])
    return {"matrix": matrix}


def inputs():
    return _case()


EXAMPLES = [
    ({"matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}, [[7, 4, 1], [8, 5, 2], [9, 6, 3]]),
    ({"matrix": [[1, 2], [3, 4]]}, [[3, 1], [4, 2]]),
    ({"matrix": [[-5]]}, [[-5]]),
    ({"matrix": [[1, 1], [2, 2]]}, [[2, 1], [2, 1]]),
    (
        {"matrix": [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]},
        [[13, 9, 5, 1], [14, 10, 6, 2], [15, 11, 7, 3], [16, 12, 8, 4]],
    ),
]


def large(n, rng):
    side = max(1, int(n**0.5))
    return {"matrix": [[rng.randint(-1000, 1000) for _ in range(side)] for _ in range(side)]}
