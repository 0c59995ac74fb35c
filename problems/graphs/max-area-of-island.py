"""Max Area of Island

You are given a rectangular map `grid` of 0s (water) and 1s (land). An island is a group of land
cells joined through their edges (up, down, left, right; touching at a corner does not join), and
its area is its number of cells. Everything outside the grid is water. Return the largest area of
any island, or 0 when there is no land.

Constraints: 1 <= rows, cols <= 1000; rows * cols <= 10^5; every cell is 0 or 1.

Example: grid = [[1, 1, 0, 0],
                 [0, 1, 0, 1],
                 [0, 0, 0, 1],
                 [0, 0, 1, 1]] -> 4   (the island down the right side; the one at the top has 3)

Example: grid = [[0, 0], [0, 0]] -> 0
"""

from collections import deque

from hypothesis import strategies as st

TITLE = "Max Area of Island"
CATEGORY = "graphs"
PATTERNS = ["graph", "bfs", "grid"]
DIFFICULTY = "medium"
FUNCTION = "max_area_of_island"
COMPLEXITY = "O(r * c)"
TARGET_MINUTES = 15


def reference(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or seen[r][c]:
                continue
            seen[r][c] = True
            queue = deque([(r, c)])
            area = 0
            while queue:
                y, x = queue.popleft()
                area += 1
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if (0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1
                            and not seen[ny][nx]):
                        seen[ny][nx] = True
                        queue.append((ny, nx))
            best = max(best, area)
    return best


@st.composite
def _case(draw):
    rows, cols = draw(st.integers(1, 7)), draw(st.integers(1, 7))
    land = draw(st.sampled_from([30, 50, 70]))
    grid = [[1 if draw(st.integers(0, 99)) < land else 0 for _ in range(cols)]
            for _ in range(rows)]
    return {"grid": grid}


def inputs():
    return _case()


EXAMPLES = [
    ({"grid": [[0]]}, 0),
    ({"grid": [[1]]}, 1),
    ({"grid": [[0, 0], [0, 0]]}, 0),
    ({"grid": [[1, 1, 0, 0], [0, 1, 0, 1], [0, 0, 0, 1], [0, 0, 1, 1]]}, 4),
    ({"grid": [[0, 1, 0, 1, 1, 1]]}, 3),
    ({"grid": [[0, 1, 0], [0, 1, 0], [1, 1, 0]]}, 4),
]


def large(n, rng):
    """About n cells (40 columns), 70% land: a few islands cover most of the map."""
    cols = 40
    rows = max(1, n // cols)
    return {"grid": [[1 if rng.random() < 0.7 else 0 for _ in range(cols)] for _ in range(rows)]}
