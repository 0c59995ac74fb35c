"""Meeting Rooms II

You get a list of meetings `intervals[i] = [start, end]`; meeting i occupies a room from time
`start` up to, but not including, time `end` (so a room freed at time t can host a meeting that
starts at t). Return the minimum number of rooms needed to hold all the meetings.

Constraints: 1 <= len(intervals) <= 10^5; 0 <= start < end <= 10^6.

Example: intervals = [[0, 30], [5, 10], [15, 20]] -> 2

Example: intervals = [[1, 5], [5, 8], [8, 9]] -> 1   (each meeting starts as the previous ends)
"""

import heapq

from hypothesis import strategies as st

TITLE = "Meeting Rooms II"
CATEGORY = "intervals"
PATTERNS = ["merge-intervals", "heap", "greedy"]
DIFFICULTY = "medium"
FUNCTION = "min_meeting_rooms"
COMPLEXITY = "O(n log n)"
TARGET_MINUTES = 20


def reference(intervals: list[list[int]]) -> int:
    ends = []  # min-heap of end times of rooms in use
    for start, end in sorted(intervals):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)  # reuse the room that frees up first
        else:
            heapq.heappush(ends, end)
    return len(ends)


@st.composite
def _meeting(draw, top):
    start = draw(st.integers(0, top - 1))
    return [start, draw(st.integers(start + 1, min(top, start + top // 3 + 1)))]


def inputs():
    top = st.sampled_from([10, 40, 10**6])
    return top.flatmap(lambda t: st.lists(_meeting(t), min_size=1, max_size=30)).map(
        lambda ivs: {"intervals": ivs})


EXAMPLES = [
    ({"intervals": [[0, 30], [5, 10], [15, 20]]}, 2),
    ({"intervals": [[1, 5], [5, 8], [8, 9]]}, 1),
    ({"intervals": [[7, 10]]}, 1),
    ({"intervals": [[1, 4], [1, 4], [1, 4]]}, 3),
    ({"intervals": [[1, 10], [2, 3], [3, 4], [4, 5]]}, 2),
    ({"intervals": [[5, 8], [1, 6], [6, 9], [0, 1000000]]}, 3),
]


def large(n, rng):
    meetings = []
    for _ in range(n):
        start = rng.randint(0, 10**6 - 1)
        meetings.append([start, min(10**6, start + rng.randint(1, 2000))])
    return {"intervals": meetings}
