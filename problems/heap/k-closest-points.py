"""K Closest Points to Origin

You get a list of points on the plane, `points[i] = [x, y]`, and an integer `k`. Return the `k`
points closest to the origin (0, 0) by ordinary Euclidean distance. Return them in any order. If
several points tie for the last places, any of the tied points may fill them.

Constraints: 1 <= k <= len(points) <= 10^5; -10^4 <= x, y <= 10^4.

Example: points = [[1, 3], [-2, 2], [5, -1]], k = 2 -> [[-2, 2], [1, 3]]
(squared distances 10, 8 and 26)

Example: points = [[1, 0], [0, 1], [3, 3]], k = 1 -> [[1, 0]] or [[0, 1]]   (a tie)
"""

import heapq

from hypothesis import strategies as st

TITLE = "K Closest Points to Origin"
CATEGORY = "heap"
PATTERNS = ["top-k"]
DIFFICULTY = "medium"
FUNCTION = "k_closest"
COMPLEXITY = "O(n log k)"
TARGET_MINUTES = 15


def reference(points: list[list[int]], k: int) -> list[list[int]]:
    heap = []  # max-heap (negated squared distance) of the k best so far
    for i, (x, y) in enumerate(points):
        entry = (-(x * x + y * y), i)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    return [points[i] for _, i in heap]


@st.composite
def _case(draw):
    coord = st.integers(-3, 3) if draw(st.booleans()) else st.integers(-10**4, 10**4)
    points = draw(st.lists(st.lists(coord, min_size=2, max_size=2), min_size=1, max_size=30))
    return {"points": points, "k": draw(st.integers(1, len(points)))}


def inputs():
    return _case()


EXAMPLES = [
    ({"points": [[1, 3], [-2, 2], [5, -1]], "k": 2}, [[-2, 2], [1, 3]]),
    ({"points": [[1, 0], [0, 1], [3, 3]], "k": 1}, [[1, 0]]),
    ({"points": [[0, 0]], "k": 1}, [[0, 0]]),
    ({"points": [[2, 2], [2, 2], [1, 1]], "k": 2}, [[1, 1], [2, 2]]),
    ({"points": [[3, 4], [-5, 0], [0, -5], [4, -3]], "k": 4}, [[3, 4], [-5, 0], [0, -5], [4, -3]]),
    ({"points": [[10000, -10000], [-1, 7], [5, 5]], "k": 2}, [[-1, 7], [5, 5]]),
]


def large(n, rng):
    points = [[rng.randint(-10**4, 10**4), rng.randint(-10**4, 10**4)] for _ in range(n)]
    return {"points": points, "k": max(1, n // 2)}


def check(kwargs, expected, got) -> bool:
    def dists(ps):
        return sorted(x * x + y * y for x, y in ps)

    try:
        got = [tuple(p) for p in got]
        pool = [tuple(p) for p in kwargs["points"]]
        for p in got:
            pool.remove(p)  # every answer point must come from the input, used at most once
        return len(got) == kwargs["k"] and dists(got) == dists(expected)
    except (TypeError, ValueError):
        return False
