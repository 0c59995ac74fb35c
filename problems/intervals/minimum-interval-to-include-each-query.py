"""Minimum Interval to Include Each Query

You get a list of closed intervals `intervals[i] = [left, right]` and a list of integers
`queries`. Measure an interval by how many integers it covers: [left, right] covers
`right - left + 1` of them. For each query `q`, answer with the smallest such measure among the
intervals that cover `q` (`left <= q <= right`), or -1 when none does. Return the answers in the
order of `queries`.

Constraints: 1 <= len(intervals) <= 10^5; 1 <= len(queries) <= 10^5;
1 <= left <= right <= 10^7; 1 <= queries[j] <= 10^7.

Example: intervals = [[2, 5], [4, 4], [1, 9]], queries = [4, 6, 10, 1]
-> [1, 9, -1, 9]   (4 lies in [4, 4]; 6 only in [1, 9]; nothing holds 10; 1 only in [1, 9])

Example: intervals = [[3, 7], [5, 6]], queries = [6, 7] -> [2, 5]

Aim for O((n + m) log(n + m)) time for n intervals and m queries.
"""

import heapq

from hypothesis import strategies as st

TITLE = "Minimum Interval to Include Each Query"
CATEGORY = "intervals"
PATTERNS = ["merge-intervals", "heap", "sorting"]
DIFFICULTY = "hard"
FUNCTION = "min_interval"
COMPLEXITY = "O((n + m) log(n + m))"
TARGET_MINUTES = 35


def reference(intervals: list[list[int]], queries: list[int]) -> list[int]:
    intervals = sorted(intervals)
    answer = [-1] * len(queries)
    live: list[tuple[int, int]] = []  # (size, right) of intervals that start at or before q
    i = 0
    for q, where in sorted((q, j) for j, q in enumerate(queries)):
        while i < len(intervals) and intervals[i][0] <= q:
            left, right = intervals[i]
            heapq.heappush(live, (right - left + 1, right))
            i += 1
        while live and live[0][1] < q:  # ended before q: it cannot hold any later query either
            heapq.heappop(live)
        if live:
            answer[where] = live[0][0]
    return answer


@st.composite
def _case(draw):
    top = draw(st.sampled_from([8, 20, 10**7]))
    point = st.integers(1, top)

    def interval():
        left = draw(point)
        return [left, draw(st.integers(left, min(top, left + max(1, top // 3))))]

    intervals = [interval() for _ in range(draw(st.integers(1, 12)))]
    # queries near the interval ends (on, just inside, just outside) as well as anywhere
    edges = [v + d for iv in intervals for v in iv for d in (-1, 0, 1) if 1 <= v + d <= top]
    queries = draw(st.lists(st.sampled_from(edges) | point, min_size=1, max_size=15))
    return {"intervals": intervals, "queries": queries}


def inputs():
    return _case()


EXAMPLES = [
    ({"intervals": [[2, 5], [4, 4], [1, 9]], "queries": [1, 3]}, [9, 4]),
    ({"intervals": [[3, 7], [5, 6]], "queries": [4, 5]}, [5, 2]),
    ({"intervals": [[1, 2]], "queries": [1]}, [2]),
    ({"intervals": [[5, 10]], "queries": [4, 11]}, [-1, -1]),
    ({"intervals": [[1, 10000000]], "queries": [1, 9999999]}, [10000000, 10000000]),
    ({"intervals": [[1, 8], [2, 3], [2, 5], [6, 7]], "queries": [1, 2, 4, 6]}, [8, 2, 4, 2]),
]


def large(n, rng):
    """n/2 intervals of all widths and n/2 queries in shuffled order."""
    half = max(1, n // 2)
    intervals = []
    for _ in range(half):
        left = rng.randint(1, 10**7)
        intervals.append([left, min(10**7, left + rng.randint(0, 10**5))])
    return {"intervals": intervals, "queries": [rng.randint(1, 10**7) for _ in range(half)]}
