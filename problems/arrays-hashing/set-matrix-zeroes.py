"""Set Matrix Zeroes

You get an `m x n` matrix of integers. Wherever the original matrix holds a 0, its entire row and
its entire column must end up 0. Change `matrix` itself and return nothing (the judge reads
`matrix` after the call). Zeroes written by you do not spread further: only the zeroes that were
there at the start count.

A matrix of flags costs O(m * n) memory and a set of rows and columns O(m + n); the interview
version asks for O(1) extra memory.

Constraints: 1 <= m, n <= 200; -2^31 <= matrix[i][j] <= 2^31 - 1.

Example: matrix = [[1, 2, 3],
                   [4, 0, 6],
                   [7, 8, 9]] -> matrix becomes [[1, 0, 3], [0, 0, 0], [7, 0, 9]]

Example: matrix = [[3, 0, 5]] -> matrix becomes [[0, 0, 0]]
"""

from hypothesis import strategies as st

TITLE = "Set Matrix Zeroes"
CATEGORY = "arrays-hashing"
PATTERNS = ["matrix", "in-place-markers"]
DIFFICULTY = "medium"
FUNCTION = "set_zeroes"
IN_PLACE = "matrix"
COMPLEXITY = "O(m * n)"
TARGET_MINUTES = 20


def reference(matrix: list[list[int]]) -> None:
    rows, cols = len(matrix), len(matrix[0])
    first_row = any(v == 0 for v in matrix[0])
    first_col = any(matrix[r][0] == 0 for r in range(rows))
    # the first row and column hold the markers for the rest
    for r in range(1, rows):
        for c in range(1, cols):
            if matrix[r][c] == 0:
                matrix[r][0] = 0
                matrix[0][c] = 0
    for r in range(1, rows):
        for c in range(1, cols):
            if matrix[r][0] == 0 or matrix[0][c] == 0:
                matrix[r][c] = 0
    if first_row:
        for c in range(cols):
            matrix[0][c] = 0
    if first_col:
        for r in range(rows):
            matrix[r][0] = 0


_VALUE = st.one_of(
    st.just(0),
    st.integers(-2, 2),
    st.sampled_from([-(2**31), 2**31 - 1]),
    st.integers(-(2**31), 2**31 - 1),
)


@st.composite
def _case(draw):
    rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    matrix = [[draw(_VALUE) for _ in range(cols)] for _ in range(rows)]
    return {"matrix": matrix}


def inputs():
    return _case()


EXAMPLES = [
    ({"matrix": [[1, 2, 3], [4, 0, 6], [7, 8, 9]]}, [[1, 0, 3], [0, 0, 0], [7, 0, 9]]),
    ({"matrix": [[3, 0, 5]]}, [[0, 0, 0]]),
    ({"matrix": [[5]]}, [[5]]),
    ({"matrix": [[0]]}, [[0]]),
    ({"matrix": [[1], [0], [2]]}, [[0], [0], [0]]),
    ({"matrix": [[1, 2], [3, -(2**31)]]}, [[1, 2], [3, -(2**31)]]),
    (
        {"matrix": [[1, 1, 1, 1], [1, 0, 1, 0], [1, 1, 1, 1]]},
        [[1, 0, 1, 0], [0, 0, 0, 0], [1, 0, 1, 0]],
    ),
    ({"matrix": [[7, 7, 7], [7, 7, 7], [7, 7, 0]]}, [[7, 7, 0], [7, 7, 0], [0, 0, 0]]),
]


def large(n, rng):
    """Three rows, about n/3 columns, zeroes in a third of the columns of the first rows: every
    zero's column and both full rows have to be cleared."""
    cols = max(1, n // 3)
    matrix = [[rng.randint(1, 2**31 - 1) for _ in range(cols)] for _ in range(3)]
    for c in rng.sample(range(cols), max(1, cols // 3)):
        matrix[rng.randrange(2)][c] = 0
    return {"matrix": matrix}
