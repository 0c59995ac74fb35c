"""Rotting Oranges

A crate is a grid of cells: 0 is an empty cell, 1 a fresh orange, 2 a rotten orange. Every minute,
each fresh orange that shares an edge (up, down, left, right) with a rotten orange becomes rotten.
Return the number of minutes until no fresh orange is left, or -1 if some fresh orange can never
rot. If there are no fresh oranges at the start, the answer is 0.

Constraints: 1 <= rows, cols <= 10^4; rows * cols <= 10^5; every cell is 0, 1 or 2. Rescanning the
whole grid once per minute is too slow for long crates; aim for O(rows * cols).

Example: grid = [[2, 1, 1],
                 [1, 1, 0],
                 [0, 1, 1]] -> 4

Example: grid = [[2, 1, 1],
                 [0, 1, 1],
                 [1, 0, 1]] -> -1   (the bottom-left orange is walled off)
"""

from hypothesis import strategies as st

TITLE = "Rotting Oranges"
CATEGORY = "graphs"
PATTERNS = ["graph", "bfs", "multi-source-bfs", "grid"]
DIFFICULTY = "medium"
FUNCTION = "oranges_rotting"
COMPLEXITY = "O(r * c)"
TARGET_MINUTES = 20


def reference(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    grid = [row[:] for row in grid]
    frontier = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
    fresh = sum(row.count(1) for row in grid)
    minutes = 0
    # multi-source BFS: all rotten oranges spread at once, one layer per minute
    while frontier and fresh:
        minutes += 1
        nxt = []
        for r, c in frontier:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                    grid[nr][nc] = 2
                    fresh -= 1
                    nxt.append((nr, nc))
        frontier = nxt
    return minutes if fresh == 0 else -1


@st.composite
def _case(draw):
    rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    cell = st.sampled_from([0, 1, 1, 1, 2]) if draw(st.booleans()) else st.sampled_from([0, 1, 2])
    return {"grid": [[draw(cell) for _ in range(cols)] for _ in range(rows)]}


def inputs():
    return _case()


EXAMPLES = [
    ({"grid": [[2, 1, 1], [1, 1, 0], [0, 1, 1]]}, 4),
    ({"grid": [[2, 1, 1], [0, 1, 1], [1, 0, 1]]}, -1),
    ({"grid": [[0, 2]]}, 0),
    ({"grid": [[0]]}, 0),
    ({"grid": [[1]]}, -1),
    ({"grid": [[2, 1, 1, 1, 2]]}, 2),
    ({"grid": [[1, 1], [1, 2]]}, 2),
]


def large(n, rng):
    """About n cells in 8 columns, one rotten orange in a corner: the rot needs ~n/8 minutes.
    Each row is a run of fresh oranges from the left edge, so every orange rots eventually."""
    cols = 8
    rows = max(1, n // cols)
    grid = []
    for _ in range(rows):
        fresh = rng.randint(1, cols)
        grid.append([1] * fresh + [0] * (cols - fresh))
    grid[0][0] = 2
    return {"grid": grid}
