"""Longest Increasing Path in a Matrix

`matrix` is a grid of integers. A path moves from a cell to one of its four neighbours (up, down,
left or right; no diagonals, no wrapping around the edges), and it is increasing when every step
goes to a strictly larger value. Return the number of cells on the longest increasing path. A
single cell is a path of length 1.

Constraints: 1 <= rows, cols <= 200; 0 <= matrix[r][c] <= 2^31 - 1.

Example: matrix = [[3, 4, 5],
                   [2, 9, 6],
                   [1, 8, 7]] -> 9   (1 2 3 4 5 6 7 8 9, spiralling inwards)

Example: matrix = [[8, 7],
                   [7, 0],
                   [6, 5]] -> 5   (0 5 6 7 8; the two 7s are not neighbours, and a step between
                                  equal values would not count as increasing anyway)

Aim for O(rows * cols) time.
"""

from collections import deque

from hypothesis import strategies as st

TITLE = "Longest Increasing Path in a Matrix"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "memoization", "topological-sort", "grid"]
DIFFICULTY = "hard"
FUNCTION = "longest_increasing_path"
COMPLEXITY = "O(r * c)"
TARGET_MINUTES = 35

_STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def reference(matrix: list[list[int]]) -> int:
    # "step to a larger neighbour" makes a DAG. Peel it from the top: first the cells with no
    # larger neighbour (every path can end there), then the cells whose larger neighbours are all
    # peeled, and so on. The number of layers is the longest path.
    rows, cols = len(matrix), len(matrix[0])
    higher = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            v = matrix[r][c]
            for dr, dc in _STEPS:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > v:
                    higher[r][c] += 1
    layer = deque((r, c) for r in range(rows) for c in range(cols) if higher[r][c] == 0)
    layers = 0
    while layer:
        layers += 1
        for _ in range(len(layer)):
            r, c = layer.popleft()
            v = matrix[r][c]
            for dr, dc in _STEPS:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] < v:
                    higher[nr][nc] -= 1
                    if higher[nr][nc] == 0:
                        layer.append((nr, nc))
    return layers


@st.composite
def _case(draw):
    rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    value = draw(st.sampled_from([st.integers(0, 2), st.integers(0, 9), st.integers(0, 40)]))
    return {"matrix": [[draw(value) for _ in range(cols)] for _ in range(rows)]}


def inputs():
    return _case()


EXAMPLES = [
    ({"matrix": [[3, 4, 5], [2, 9, 6], [1, 8, 7]]}, 9),
    ({"matrix": [[8, 7], [7, 0], [6, 5]]}, 5),
    ({"matrix": [[7]]}, 1),
    ({"matrix": [[1, 2, 3, 4]]}, 4),
    ({"matrix": [[4], [2], [3], [1]]}, 2),
    ({"matrix": [[1, 2], [4, 3]]}, 4),
    ({"matrix": [[9, 1, 4], [6, 2, 8], [5, 3, 7]]}, 6),
    ({"matrix": [[9, 0], [8, 3], [0, 1]]}, 5),
    ({"matrix": [[0, 2147483647]]}, 2),
]


def large(n, rng):
    """About n cells: a snake of strictly increasing values along every other row, walled off by
    rows of zeros (open only where the snake turns). The longest path is the whole snake, and a
    search that does not remember results walks the rest of the snake from every cell."""
    width = rng.randint(24, 40)
    rows = max(1, n // width)
    grid = [[0] * width for _ in range(rows)]
    value = 1
    for r in range(0, rows, 2):
        cols = range(width) if r % 4 == 0 else range(width - 1, -1, -1)
        for c in cols:
            grid[r][c] = value
            value += 1
        if r + 1 < rows and r + 2 < rows:
            turn = width - 1 if r % 4 == 0 else 0
            grid[r + 1][turn] = value
            value += 1
    return {"matrix": grid}
