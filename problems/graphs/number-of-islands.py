"""Number of Islands

You are given a rectangular map `grid` whose cells are the strings "1" (land) or "0" (water). An
island is a group of land cells joined through their edges (up, down, left, right; diagonal contact
does not join). Everything outside the grid is water. Return the number of islands.

Constraints: 1 <= rows, cols <= 1000; rows * cols <= 10^5; every cell is "0" or "1".

Example: grid = [["1", "1", "0", "0"],
                 ["0", "1", "0", "1"],
                 ["1", "0", "0", "1"]] -> 3

Example: grid = [["0", "1"],
                 ["1", "1"]] -> 1   (the island bends: reaching (1, 0) needs a step to the left)
"""

from collections import deque

from hypothesis import strategies as st

TITLE = "Number of Islands"
CATEGORY = "graphs"
PATTERNS = ["graph", "bfs", "grid"]
DIFFICULTY = "medium"
FUNCTION = "num_islands"
COMPLEXITY = "O(r * c)"
TARGET_MINUTES = 15


def reference(grid: list[list[str]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or seen[r][c]:
                continue
            islands += 1
            seen[r][c] = True
            queue = deque([(r, c)])
            while queue:  # BFS, so long snakes cannot overflow the call stack
                y, x = queue.popleft()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if (0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1"
                            and not seen[ny][nx]):
                        seen[ny][nx] = True
                        queue.append((ny, nx))
    return islands


@st.composite
def _case(draw):
    rows, cols = draw(st.integers(1, 7)), draw(st.integers(1, 7))
    land = draw(st.sampled_from([0.3, 0.5, 0.7]))
    grid = [["1" if draw(st.integers(0, 99)) < land * 100 else "0" for _ in range(cols)]
            for _ in range(rows)]
    return {"grid": grid}


def inputs():
    return _case()


EXAMPLES = [
    ({"grid": [["0"]]}, 0),
    ({"grid": [["1"]]}, 1),
    ({"grid": [["1", "1", "0", "0"], ["0", "1", "0", "1"], ["1", "0", "0", "1"]]}, 3),
    ({"grid": [["0", "1"], ["1", "1"]]}, 1),
    ({"grid": [["1", "0", "1"], ["0", "1", "0"], ["1", "0", "1"]]}, 5),
    ({"grid": [["1", "1", "1"], ["1", "0", "1"], ["1", "1", "1"]]}, 1),
    ({"grid": [["1", "0", "1", "0", "1"]]}, 3),
]


def large(n, rng):
    """About n cells (40 columns), roughly 55% land."""
    cols = 40
    rows = max(1, n // cols)
    grid = [["1" if rng.random() < 0.55 else "0" for _ in range(cols)] for _ in range(rows)]
    return {"grid": grid}
