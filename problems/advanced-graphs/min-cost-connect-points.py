"""Min Cost to Connect All Points

You are given `points`, a list of distinct `[x, y]` integer coordinates. Joining two points costs
their Manhattan distance `|x1 - x2| + |y1 - y2|`. Return the minimum total cost of joins needed so
that every point is connected to every other one (directly or through other points).

Constraints: 1 <= len(points) <= 1000; -10^6 <= x, y <= 10^6; all points are distinct.

Example: points = [[0, 0], [2, 2], [3, 10], [5, 2], [7, 0]] -> 20
    (join [0,0]-[2,2] for 4, [2,2]-[5,2] for 3, [5,2]-[7,0] for 4, [2,2]-[3,10] for 9)

Example: points = [[4, -1]] -> 0
"""

import math

from hypothesis import strategies as st

TITLE = "Min Cost to Connect All Points"
CATEGORY = "advanced-graphs"
PATTERNS = ["minimum-spanning-tree", "prim", "graph"]
DIFFICULTY = "medium"
FUNCTION = "min_cost_connect_points"
COMPLEXITY = "O(n^2)"
TARGET_MINUTES = 25


def reference(points: list[list[int]]) -> int:
    # Prim's algorithm on the complete graph, with an array instead of a heap (dense graph)
    n = len(points)
    inf = float("inf")
    best = [inf] * n  # cheapest join from the tree to each outside point
    in_tree = [False] * n
    best[0] = 0
    total = 0
    for _ in range(n):
        i = min((j for j in range(n) if not in_tree[j]), key=best.__getitem__)
        in_tree[i] = True
        total += best[i]
        xi, yi = points[i]
        for j in range(n):
            if not in_tree[j]:
                d = abs(xi - points[j][0]) + abs(yi - points[j][1])
                if d < best[j]:
                    best[j] = d
    return total


@st.composite
def _clusters(draw):
    """Two or three tight groups far apart (up to the coordinate limits): the cheap joins all
    stay inside a group, and the MST still needs the long joins between groups."""
    centres = draw(
        st.lists(
            st.tuples(st.integers(-(10**6) + 5, 10**6 - 5), st.integers(-(10**6) + 5, 10**6 - 5)),
            min_size=2,
            max_size=3,
            unique=True,
        )
    )
    points = set()
    for cx, cy in centres:
        for _ in range(draw(st.integers(3, 5))):
            points.add((cx + draw(st.integers(-3, 3)), cy + draw(st.integers(-3, 3))))
    return {"points": [list(p) for p in draw(st.permutations(sorted(points)))]}


def inputs():
    coord = st.tuples(st.integers(-20, 20), st.integers(-20, 20))
    scattered = st.lists(coord, min_size=1, max_size=12, unique=True).map(
        lambda pts: {"points": [list(p) for p in pts]}
    )
    return st.one_of(scattered, _clusters())


EXAMPLES = [
    ({"points": [[4, -1]]}, 0),
    ({"points": [[0, 0], [2, 2], [3, 10], [5, 2], [7, 0]]}, 20),
    ({"points": [[3, 12], [-2, 5], [-4, 1]]}, 18),
    ({"points": [[0, 0], [1, 1], [1, 0], [-1, 1]]}, 4),
    ({"points": [[-1000000, -1000000], [1000000, 1000000]]}, 4000000),
    ({"points": [[0, 0], [0, 5], [0, 1], [0, 3]]}, 5),
]


def large(n, rng):
    """About 3 * sqrt(n) points: the O(points^2) work of the dense graph grows like n."""
    count = max(2, int(3 * math.isqrt(n)))
    pts = set()
    while len(pts) < count:
        pts.add((rng.randint(-10**6, 10**6), rng.randint(-10**6, 10**6)))
    return {"points": [list(p) for p in sorted(pts)]}
