"""Insert Interval

You get `intervals`, a list of closed intervals `[start, end]` sorted by start and pairwise
disjoint (each one ends strictly before the next one starts), and one more interval
`new_interval`. Insert `new_interval`, merging it with every interval it overlaps or touches
(sharing an endpoint counts), and return the resulting list, still sorted and disjoint.

Constraints: 0 <= len(intervals) <= 10^5; 0 <= start <= end <= 10^9 for every interval,
`new_interval` included.

Example: intervals = [[1, 3], [6, 9]], new_interval = [2, 5] -> [[1, 5], [6, 9]]

Example: intervals = [[1, 2], [4, 5], [7, 8]], new_interval = [2, 4] -> [[1, 5], [7, 8]]
(the new interval touches both [1, 2] and [4, 5])
"""

from hypothesis import strategies as st

TITLE = "Insert Interval"
CATEGORY = "intervals"
PATTERNS = ["merge-intervals"]
DIFFICULTY = "medium"
FUNCTION = "insert"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    start, end = new_interval
    out, i, n = [], 0, len(intervals)
    while i < n and intervals[i][1] < start:  # entirely to the left
        out.append(intervals[i])
        i += 1
    while i < n and intervals[i][0] <= end:  # overlapping or touching: absorb
        start, end = min(start, intervals[i][0]), max(end, intervals[i][1])
        i += 1
    out.append([start, end])
    return out + intervals[i:]


@st.composite
def _case(draw):
    top = draw(st.sampled_from([12, 30, 10**9]))
    points = sorted(draw(st.lists(st.integers(0, top), max_size=16, unique=True)))
    if len(points) % 2:
        points.pop()
    intervals = [[points[i], points[i + 1]] for i in range(0, len(points), 2)]
    if intervals and draw(st.booleans()):  # allow zero-length intervals now and then
        j = draw(st.integers(0, len(intervals) - 1))
        intervals[j][1] = intervals[j][0]
    a, b = sorted(draw(st.lists(st.integers(0, top), min_size=2, max_size=2)))
    return {"intervals": intervals, "new_interval": [a, b]}


def inputs():
    return _case()


EXAMPLES = [
    ({"intervals": [[1, 3], [6, 9]], "new_interval": [2, 5]}, [[1, 5], [6, 9]]),
    ({"intervals": [[1, 2], [4, 5], [7, 8]], "new_interval": [2, 4]}, [[1, 5], [7, 8]]),
    ({"intervals": [], "new_interval": [5, 7]}, [[5, 7]]),
    ({"intervals": [[3, 4]], "new_interval": [0, 1]}, [[0, 1], [3, 4]]),
    ({"intervals": [[3, 4]], "new_interval": [6, 6]}, [[3, 4], [6, 6]]),
    ({"intervals": [[1, 2], [5, 6]], "new_interval": [0, 9]}, [[0, 9]]),
    ({"intervals": [[1, 5]], "new_interval": [2, 3]}, [[1, 5]]),
]


def large(n, rng):
    points = sorted(rng.sample(range(10**9), 2 * (n // 2)))
    intervals = [[points[i], points[i + 1]] for i in range(0, len(points), 2)]
    a = rng.randint(0, 10**9 // 2)
    return {"intervals": intervals, "new_interval": [a, a + rng.randint(0, 10**8)]}
