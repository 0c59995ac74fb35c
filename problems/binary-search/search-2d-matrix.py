"""Search a 2D Matrix

You get an `m x n` integer matrix with two properties: each row is sorted in increasing order,
and the first value of each row is larger than the last value of the row above. Read row by
row, it is one sorted list. Return `True` if `target` occurs in the matrix, else `False`.

Aim for O(log(m * n)) time.

Constraints: 1 <= m, n <= 200; -10^5 <= matrix[i][j], target <= 10^5; all values are distinct.

Example: matrix = [[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], target = 16 -> True

Example: same matrix, target = 13 -> False
"""

from hypothesis import strategies as st

TITLE = "Search a 2D Matrix"
CATEGORY = "binary-search"
PATTERNS = ["modified-binary-search", "matrix"]
DIFFICULTY = "medium"
FUNCTION = "search_matrix"
COMPLEXITY = "O(log(m*n))"
TARGET_MINUTES = 15


def reference(matrix: list[list[int]], target: int) -> bool:
    rows, cols = len(matrix), len(matrix[0])
    lo, hi = 0, rows * cols - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        value = matrix[mid // cols][mid % cols]
        if value == target:
            return True
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return False


@st.composite
def _case(draw):
    rows = draw(st.integers(1, 6))
    cols = draw(st.integers(1, 6))
    flat = sorted(draw(st.sets(st.integers(-60, 60), min_size=rows * cols, max_size=rows * cols)))
    matrix = [flat[r * cols:(r + 1) * cols] for r in range(rows)]
    ends = [row[0] for row in matrix] + [row[-1] for row in matrix]  # the row boundaries
    target = draw(st.sampled_from(flat) | st.sampled_from(ends) | st.integers(-62, 62))
    return {"matrix": matrix, "target": target}


def inputs():
    return _case()


EXAMPLES = [
    ({"matrix": [[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], "target": 16}, True),
    ({"matrix": [[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], "target": 13}, False),
    ({"matrix": [[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], "target": 10}, True),
    ({"matrix": [[5]], "target": 5}, True),
    ({"matrix": [[5]], "target": -5}, False),
    ({"matrix": [[1], [4], [9]], "target": 9}, True),
    ({"matrix": [[1, 2, 3]], "target": 4}, False),
    ({"matrix": [[-9, -4], [0, 8]], "target": 0}, True),
]


def large(n, rng):
    cols = max(1, int(n ** 0.5))
    rows = max(1, n // cols)
    flat = sorted(rng.sample(range(-(10**5), 10**5), rows * cols))
    matrix = [flat[r * cols:(r + 1) * cols] for r in range(rows)]
    return {"matrix": matrix, "target": rng.choice(flat)}
