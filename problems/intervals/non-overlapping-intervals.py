"""Non-overlapping Intervals

You get a list of intervals `intervals[i] = [start, end]` with start < end. Return the smallest
number of intervals you must delete so that no two of the remaining intervals overlap. Intervals
that only touch, like [1, 2] and [2, 3], do not overlap.

Constraints: 1 <= len(intervals) <= 10^5; -5 * 10^4 <= start < end <= 5 * 10^4.

Example: intervals = [[1, 2], [2, 3], [3, 4], [1, 3]] -> 1   (delete [1, 3])

Example: intervals = [[1, 10], [2, 3], [4, 5], [6, 7]] -> 1   (delete the long [1, 10])
"""

from hypothesis import strategies as st

TITLE = "Non-overlapping Intervals"
CATEGORY = "intervals"
PATTERNS = ["merge-intervals", "greedy"]
DIFFICULTY = "medium"
FUNCTION = "erase_overlap_intervals"
COMPLEXITY = "O(n log n)"
TARGET_MINUTES = 20


def reference(intervals: list[list[int]]) -> int:
    # keep intervals greedily by earliest end: that leaves the most room for the rest
    kept, last_end = 0, None
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    return len(intervals) - kept


@st.composite
def _interval(draw, low, high):
    start = draw(st.integers(low, high - 1))
    return [start, draw(st.integers(start + 1, min(high, start + (high - low) // 2 + 1)))]


def inputs():
    span = st.sampled_from([(0, 12), (-30, 30), (-5 * 10**4, 5 * 10**4)])
    return span.flatmap(lambda s: st.lists(_interval(*s), min_size=1, max_size=30)).map(
        lambda ivs: {"intervals": ivs})


EXAMPLES = [
    ({"intervals": [[1, 2], [2, 3], [3, 4], [1, 3]]}, 1),
    ({"intervals": [[1, 10], [2, 3], [4, 5], [6, 7]]}, 1),
    ({"intervals": [[1, 2], [1, 2], [1, 2]]}, 2),
    ({"intervals": [[1, 2], [2, 3]]}, 0),
    ({"intervals": [[-3, 7]]}, 0),
    ({"intervals": [[0, 5], [1, 2], [3, 4], [4, 6]]}, 1),
    ({"intervals": [[-50000, 50000], [-1, 0], [0, 1]]}, 1),
]


def large(n, rng):
    intervals = []
    for _ in range(n):
        start = rng.randint(-5 * 10**4, 5 * 10**4 - 1)
        intervals.append([start, min(5 * 10**4, start + rng.randint(1, 50))])
    return {"intervals": intervals}
