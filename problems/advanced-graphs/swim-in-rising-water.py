"""Swim in Rising Water

`grid` is an `n x n` map of square tiles; `grid[r][c]` is the height of a tile, and the heights
are the numbers `0 .. n*n - 1`, each used once. The water level starts at 0 and rises by one
unit per time step, so at time `t` every tile of height `t` or less is under water. Moving
between two tiles that share an edge is instant, but both tiles must be under water at that
moment. You start on the top-left tile; return the earliest time at which you can be on the
bottom-right tile.

Constraints: 1 <= n <= 300; the values of `grid` are exactly 0, 1, ..., n*n - 1.

Example: grid = [[0, 2],
                 [1, 3]] -> 3   (the target itself has height 3)

Example: grid = [[0, 1, 2, 3, 4],
                 [24, 23, 22, 21, 5],
                 [12, 13, 14, 15, 16],
                 [11, 17, 18, 19, 20],
                 [10, 9, 8, 7, 6]] -> 16
    (go right along the top row, down to 16, back left along the middle row, down the left
    column and right along the bottom row; the highest tile on that route is 16)
"""

import heapq
import math

from hypothesis import strategies as st

TITLE = "Swim in Rising Water"
CATEGORY = "advanced-graphs"
PATTERNS = ["dijkstra", "heap", "minimax-path", "grid"]
DIFFICULTY = "hard"
FUNCTION = "swim_in_water"
COMPLEXITY = "O(n^2 log n)"
TARGET_MINUTES = 35


def reference(grid: list[list[int]]) -> int:
    n = len(grid)
    # Dijkstra where a path's cost is the highest square on it, not the sum
    heap = [(grid[0][0], 0, 0)]
    seen = {(0, 0)}
    while heap:
        t, r, c = heapq.heappop(heap)
        if r == n - 1 and c == n - 1:
            return t
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen:
                seen.add((nr, nc))
                heapq.heappush(heap, (max(t, grid[nr][nc]), nr, nc))
    raise AssertionError("unreachable")


@st.composite
def _case(draw):
    walled = draw(st.integers(0, 2)) > 0
    n = draw(st.integers(5, 6)) if walled else draw(st.integers(1, 6))
    order = list(draw(st.permutations(range(n * n))))
    if walled:
        # rows 1 and 3 become high walls with one low gap each, the second gap left of the first,
        # so the cheap route has to swim right, then back left, then right again
        gap1 = draw(st.integers(1, n - 1))
        gap2 = draw(st.integers(0, gap1 - 1))
        high = {r * n + c for r, gap in ((1, gap1), (3, gap2)) for c in range(n) if c != gap}
        if draw(st.booleans()):  # or the same walls as columns
            high = {(i % n) * n + i // n for i in high}
        order = [i for i in order if i not in high] + [i for i in order if i in high]
    values = [0] * (n * n)
    for height, i in enumerate(order):
        values[i] = height
    return {"grid": [values[r * n:(r + 1) * n] for r in range(n)]}


def inputs():
    return _case()


EXAMPLES = [
    ({"grid": [[0]]}, 0),
    ({"grid": [[0, 2], [1, 3]]}, 3),
    ({"grid": [[3, 2], [1, 0]]}, 3),
    ({"grid": [[0, 1, 2, 3, 4], [24, 23, 22, 21, 5], [12, 13, 14, 15, 16],
               [11, 17, 18, 19, 20], [10, 9, 8, 7, 6]]}, 16),
    ({"grid": [[0, 8, 7], [1, 6, 2], [3, 4, 5]]}, 5),
    ({"grid": [[0, 1, 8], [7, 2, 6], [3, 4, 5]]}, 5),
]


def large(n, rng):
    """A side of about sqrt(n), so about n squares, heights shuffled.

    The corners get the lowest heights 0 and 1 and the target's two neighbours the highest two,
    so the answer is side * side - 2: a search that tries water levels one by one upward from the
    corners' heights floods nearly the whole grid at nearly every level.
    """
    side = max(2, math.isqrt(n))
    cells = side * side
    middle = list(range(2, cells - 2))
    rng.shuffle(middle)
    values = [0, *middle, 1]
    above, left = cells - 1 - side, cells - 2  # the squares above and left of the target
    values.insert(min(above, left), 0)
    values.insert(max(above, left), 0)
    values[above], values[left] = cells - 2, cells - 1
    return {"grid": [values[r * side:(r + 1) * side] for r in range(side)]}
