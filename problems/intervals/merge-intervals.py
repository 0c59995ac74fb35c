"""Merge Intervals

You get a list of closed intervals `intervals[i] = [start, end]` in no particular order. Merge
every group of intervals that overlap into one interval covering them all, and return the merged
intervals sorted by start. Intervals that only touch, like [1, 3] and [3, 5], count as
overlapping.

Constraints: 1 <= len(intervals) <= 10^5; 0 <= start <= end <= 10^7.

Example: intervals = [[8, 10], [1, 3], [2, 6], [15, 18]] -> [[1, 6], [8, 10], [15, 18]]

Example: intervals = [[1, 4], [4, 5]] -> [[1, 5]]
"""

from hypothesis import strategies as st

TITLE = "Merge Intervals"
CATEGORY = "intervals"
PATTERNS = ["merge-intervals", "sorting"]
DIFFICULTY = "medium"
FUNCTION = "merge"
COMPLEXITY = "O(n log n)"
TARGET_MINUTES = 15


def reference(intervals: list[list[int]]) -> list[list[int]]:
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


@st.composite
def _interval(draw, top):
    start = draw(st.integers(0, top))
    return [start, draw(st.integers(start, min(top, start + top // 4 + 1)))]


def inputs():
    top = st.sampled_from([10, 40, 10**7])
    return top.flatmap(lambda t: st.lists(_interval(t), min_size=1, max_size=30)).map(
        lambda ivs: {"intervals": ivs}
    )


EXAMPLES = [
    ({"intervals": [[8, 10], [1, 3], [2, 6], [15, 18]]}, [[1, 6], [8, 10], [15, 18]]),
    ({"intervals": [[1, 4], [4, 5]]}, [[1, 5]]),
    ({"intervals": [[5, 5]]}, [[5, 5]]),
    ({"intervals": [[1, 10], [2, 3], [4, 5]]}, [[1, 10]]),
    ({"intervals": [[4, 5], [1, 2], [2, 3], [3, 4]]}, [[1, 5]]),
    ({"intervals": [[0, 0], [1, 1], [0, 0]]}, [[0, 0], [1, 1]]),
    ({"intervals": [[6, 8], [1, 9], [2, 4], [4, 7]]}, [[1, 9]]),
]


def large(n, rng):
    # short intervals on every other slot of 10, shuffled; about one in five reaches into the next
    # slot's interval, so the merged list stays about 0.8 n long and there are about 0.2 n merges
    # (what hurts a solution that rescans the merged list per interval, or restarts per merge)
    slots = rng.sample(range(n * 2), n)
    intervals = []
    for s in slots:
        start = s * 10 + rng.randint(0, 4)
        intervals.append([start, start + rng.randint(0, 14)])
    return {"intervals": intervals}
