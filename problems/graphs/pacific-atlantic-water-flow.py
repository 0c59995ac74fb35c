"""Pacific Atlantic Water Flow

An island is drawn as an `m x n` grid `heights` of land heights. The Pacific Ocean lies along the
top and left edges of the grid, the Atlantic Ocean along the bottom and right edges. Rain falling
on a cell runs to a neighbouring cell (up, down, left or right) whose height is no greater than
the current one, and from an edge cell straight into the ocean beside that edge. Return every cell
`[r, c]` from which rain can reach both oceans.

Constraints: 1 <= m, n <= 200; 0 <= heights[r][c] <= 10^5.

Example: heights = [[1, 2, 3],
                    [8, 9, 4],
                    [7, 6, 5]] -> [[0, 2], [1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2]]
(from 9 water reaches the left edge through 8 and the bottom edge through 6; from 1 it only
reaches the Pacific)

Example: heights = [[4]] -> [[0, 0]]   (one cell touches all four edges)

Any order of the cells is accepted, but each cell must appear exactly once.

Aim for O(m * n) time.
"""

import math
from collections import deque

from hypothesis import strategies as st

TITLE = "Pacific Atlantic Water Flow"
CATEGORY = "graphs"
PATTERNS = ["graph", "bfs", "grid"]
DIFFICULTY = "medium"
FUNCTION = "pacific_atlantic"
COMPLEXITY = "O(m * n)"
TARGET_MINUTES = 25


def reference(heights: list[list[int]]) -> list[list[int]]:
    rows, cols = len(heights), len(heights[0])

    def climb(starts: list[tuple[int, int]]) -> set[tuple[int, int]]:
        # walk uphill (or level) from the ocean: those are the cells that drain into it
        reach = set(starts)
        queue = deque(starts)
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in reach
                        and heights[nr][nc] >= heights[r][c]):
                    reach.add((nr, nc))
                    queue.append((nr, nc))
        return reach

    pacific = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(1, rows)])
    atlantic = climb([(rows - 1, c) for c in range(cols)]
                     + [(r, cols - 1) for r in range(rows - 1)])
    return [[r, c] for r, c in sorted(pacific & atlantic)]


@st.composite
def _case(draw):
    rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    top = draw(st.sampled_from([1, 3, 9, 10**5]))
    heights = [[draw(st.integers(0, top)) for _ in range(cols)] for _ in range(rows)]
    return {"heights": heights}


def inputs():
    return _case()


EXAMPLES = [
    ({"heights": [[4]]}, [[0, 0]]),
    ({"heights": [[1, 2], [3, 4]]}, [[0, 1], [1, 0], [1, 1]]),
    ({"heights": [[1, 2, 3], [2, 3, 4], [3, 4, 5]]}, [[0, 2], [1, 2], [2, 0], [2, 1], [2, 2]]),
    ({"heights": [[5, 3, 1]]}, [[0, 0], [0, 1], [0, 2]]),
    ({"heights": [[0], [10**5]]}, [[0, 0], [1, 0]]),
]


def large(n, rng):
    """About n cells (a square of side about sqrt(n), within the 200 x 200 limit) rising towards
    the bottom-right corner, so a downhill search from each cell towards the Atlantic wanders
    over most of the grid before giving up."""
    cols = max(1, math.isqrt(n))
    rows = max(1, n // cols)
    return {"heights": [[2 * (r + c) + rng.randint(0, 1) for c in range(cols)]
                        for r in range(rows)]}


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(map(list, got)) == sorted(map(list, expected))
    except TypeError:
        return False
