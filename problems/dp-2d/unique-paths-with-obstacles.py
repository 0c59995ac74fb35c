"""Unique Paths With Obstacles

A robot starts in the top-left cell of a grid and wants to reach the bottom-right cell, moving only
one cell right or one cell down at a time. `grid[r][c]` is 1 for a blocked cell and 0 for a free
one; the robot can never enter a blocked cell (if the start or the goal is blocked there is no
path). Return the number of different paths. The count can be large: return it exactly.

Constraints: 1 <= rows, cols <= 10^4; rows * cols <= 10^5; every cell is 0 or 1.

Example: grid = [[0, 0, 0],
                 [0, 1, 0],
                 [0, 0, 0]] -> 2   (around the block either by the top or by the left)

Example: grid = [[0, 1, 0, 0]] -> 0   (the only row is cut by the block)
"""

from hypothesis import strategies as st

TITLE = "Unique Paths With Obstacles"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "grid"]
DIFFICULTY = "medium"
FUNCTION = "unique_paths_with_obstacles"
COMPLEXITY = "O(r * c)"
CPP = {"return": "long long"}  # the counts pass 2^31
TARGET_MINUTES = 15


def reference(grid: list[list[int]]) -> int:
    cols = len(grid[0])
    ways = [0] * cols  # ways[c] = paths into cell (current row, c)
    ways[0] = 1
    for row in grid:
        for c in range(cols):
            if row[c] == 1:
                ways[c] = 0
            elif c > 0:
                ways[c] += ways[c - 1]  # from above (old ways[c]) plus from the left
    return ways[-1]


@st.composite
def _case(draw):
    if draw(st.integers(0, 4)) == 0:
        # a big, nearly open grid: the count passes 10^9 + 7
        rows, cols = draw(st.integers(16, 20)), draw(st.integers(16, 20))
        grid = [[0] * cols for _ in range(rows)]
        for _ in range(draw(st.integers(0, 3))):
            grid[draw(st.integers(1, rows - 1))][draw(st.integers(1, cols - 2))] = 1
        return {"grid": grid}
    rows, cols = draw(st.integers(1, 7)), draw(st.integers(1, 7))
    blocked = draw(st.sampled_from([0.0, 0.15, 0.3]))
    grid = [[1 if draw(st.integers(0, 99)) < blocked * 100 else 0 for _ in range(cols)]
            for _ in range(rows)]
    return {"grid": grid}


def inputs():
    return _case()


EXAMPLES = [
    ({"grid": [[0]]}, 1),
    ({"grid": [[1]]}, 0),
    ({"grid": [[0, 0, 0], [0, 1, 0], [0, 0, 0]]}, 2),
    ({"grid": [[0, 1, 0, 0]]}, 0),
    ({"grid": [[0, 0], [0, 1]]}, 0),
    ({"grid": [[0, 1], [0, 0]]}, 1),
    ({"grid": [[0], [1], [0]]}, 0),
    ({"grid": [[0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]]}, 6),
]


def large(n, rng):
    """About n cells in 10 columns, ~10% blocked; the top row and the right column stay free,
    so at least one path exists."""
    cols = 10
    rows = max(1, n // cols)
    grid = [[1 if rng.random() < 0.1 else 0 for _ in range(cols)] for _ in range(rows)]
    grid[0] = [0] * cols
    for row in grid:
        row[-1] = 0
    return {"grid": grid}
