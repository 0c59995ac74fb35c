"""Meeting Rooms

You get a list of meetings `intervals[i] = [start, end]`; meeting i runs from time `start` up to,
but not including, time `end`. One person wants to go to every meeting. Return True if no two
meetings overlap (so that is possible), False otherwise. A meeting that starts exactly when
another ends does not overlap it. An empty list needs no time at all: return True.

Constraints: 0 <= len(intervals) <= 10^4; 0 <= start < end <= 10^6.

Example: intervals = [[9, 12], [1, 4], [5, 8]] -> True

Example: intervals = [[2, 6], [6, 9], [8, 10]] -> False   ([6, 9] and [8, 10] share 8..9)

Aim for O(n log n) time.
"""

from hypothesis import strategies as st

TITLE = "Meeting Rooms"
CATEGORY = "intervals"
PATTERNS = ["merge-intervals", "sorting"]
DIFFICULTY = "easy"
FUNCTION = "can_attend_meetings"
COMPLEXITY = "O(n log n)"
TARGET_MINUTES = 10


def reference(intervals: list[list[int]]) -> bool:
    last_end = None
    for start, end in sorted(intervals):
        if last_end is not None and start < last_end:
            return False
        last_end = end
    return True


@st.composite
def _meeting(draw, top):
    start = draw(st.integers(0, top - 1))
    return [start, draw(st.integers(start + 1, min(top, start + top // 3 + 1)))]


@st.composite
def _apart(draw):
    """Meetings that do not overlap (some touch), shuffled; sometimes one is stretched by 1."""
    meetings, t = [], draw(st.integers(0, 5))
    for _ in range(draw(st.integers(0, 12))):
        t += draw(st.sampled_from([0, 0, 1, 3]))
        length = draw(st.integers(1, 4))
        meetings.append([t, t + length])
        t += length
    meetings = draw(st.permutations(meetings))
    if meetings and draw(st.booleans()):
        meetings[draw(st.integers(0, len(meetings) - 1))][1] += 1
    return meetings


def inputs():
    top = st.sampled_from([10, 40, 10**6])
    random_meetings = top.flatmap(lambda t: st.lists(_meeting(t), max_size=8))
    return st.one_of(random_meetings, _apart()).map(lambda ivs: {"intervals": ivs})


EXAMPLES = [
    ({"intervals": [[0, 30], [5, 10], [15, 20]]}, False),
    ({"intervals": [[2, 4], [7, 10]]}, True),
    ({"intervals": [[1, 5]]}, True),
    ({"intervals": [[1, 4], [1, 4]]}, False),
    ({"intervals": [[5, 8], [6, 7]]}, False),
    ({"intervals": [[1, 2], [3, 4], [5, 6], [0, 1000000]]}, False),
]


def large(n, rng):
    """n meetings that never overlap (many touch), shuffled: every pair has to be cleared."""
    meetings, t = [], 0
    for _ in range(n):
        t += rng.choice([0, 0, 1, 5])
        length = rng.randint(1, 20)
        meetings.append([t, t + length])
        t += length
    rng.shuffle(meetings)
    return {"intervals": meetings}
