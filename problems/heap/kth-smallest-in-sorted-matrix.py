"""Kth Smallest Element in a Sorted Matrix

You get an `n x n` matrix whose every row and every column is sorted in non-decreasing order,
and an integer `k`. Return the k-th smallest value in the whole matrix, counting duplicates
(so it is the k-th entry of all n*n values sorted). Do better than sorting everything.

Constraints: 1 <= n <= 300; 1 <= k <= n^2; -10^9 <= matrix[i][j] <= 10^9.

Example: matrix = [[1, 5, 9],
                   [10, 11, 13],
                   [12, 13, 15]], k = 8 -> 13   (sorted: 1 5 9 10 11 12 13 13 15)

Example: matrix = [[1, 2],
                   [1, 3]], k = 2 -> 1   (reading row by row would give 2)
"""

import heapq

from hypothesis import strategies as st

TITLE = "Kth Smallest Element in a Sorted Matrix"
CATEGORY = "heap"
PATTERNS = ["k-way-merge", "top-k"]
DIFFICULTY = "medium"
FUNCTION = "kth_smallest"
COMPLEXITY = "O(k log n)"  # k pops from a heap holding at most one entry per row
TARGET_MINUTES = 25


def reference(matrix: list[list[int]], k: int) -> int:
    # k-way merge of the rows: pop the smallest head k times
    heap = [(row[0], r, 0) for r, row in enumerate(matrix)]
    heapq.heapify(heap)
    for _ in range(k - 1):
        _, r, c = heap[0]
        if c + 1 < len(matrix[r]):
            heapq.heapreplace(heap, (matrix[r][c + 1], r, c + 1))
        else:
            heapq.heappop(heap)
    return heap[0][0]


def _sorted_matrix(n, start, step):
    """Each cell = max(cell above, cell to the left) + step(): rows and columns stay sorted."""
    m = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            prev = [m[r - 1][c]] * (r > 0) + [m[r][c - 1]] * (c > 0)
            m[r][c] = (max(prev) if prev else start) + step()
    return m


@st.composite
def _case(draw):
    n = draw(st.integers(1, 6))
    start = draw(st.integers(-10**9, 10**9 - 300))
    high = draw(st.sampled_from([0, 1, 3, 10]))
    matrix = _sorted_matrix(n, start, lambda: draw(st.integers(0, high)))
    return {"matrix": matrix, "k": draw(st.integers(1, n * n))}


def inputs():
    return _case()


EXAMPLES = [
    ({"matrix": [[1, 5, 9], [10, 11, 13], [12, 13, 15]], "k": 8}, 13),
    ({"matrix": [[1, 2], [1, 3]], "k": 2}, 1),
    ({"matrix": [[-5]], "k": 1}, -5),
    ({"matrix": [[1, 2], [3, 4]], "k": 4}, 4),
    ({"matrix": [[7, 7], [7, 7]], "k": 3}, 7),
    ({"matrix": [[1, 4, 7], [2, 5, 8], [3, 6, 9]], "k": 4}, 4),
]


def large(n, rng):
    side = max(1, int(n ** 0.5))
    matrix = _sorted_matrix(side, rng.randint(-10**6, 10**6), lambda: rng.randint(0, 20))
    return {"matrix": matrix, "k": rng.randint(side * side // 2, side * side)}
