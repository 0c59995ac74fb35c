"""Interval List Intersections

You get two lists of closed intervals, `first_list` and `second_list`. Each list is sorted by
start and its intervals are pairwise disjoint (each ends strictly before the next starts). Return
the intersection of the two lists: every non-empty overlap of an interval from the first list
with an interval from the second, as closed intervals sorted by start. An overlap may be a single
point, like [5, 5].

Constraints: 0 <= len(first_list), len(second_list) <= 10^5; 0 <= start <= end <= 10^9.

Example: first_list = [[0, 2], [5, 10], [13, 23], [24, 25]],
second_list = [[1, 5], [8, 12], [15, 24], [25, 26]]
-> [[1, 2], [5, 5], [8, 10], [15, 23], [24, 24], [25, 25]]

Example: first_list = [[1, 3]], second_list = [] -> []
"""

from hypothesis import strategies as st

TITLE = "Interval List Intersections"
CATEGORY = "intervals"
PATTERNS = ["merge-intervals", "two-pointers"]
DIFFICULTY = "medium"
FUNCTION = "interval_intersection"
COMPLEXITY = "O(n)"  # n = total intervals in both lists
TARGET_MINUTES = 20


def reference(first_list: list[list[int]], second_list: list[list[int]]) -> list[list[int]]:
    out, i, j = [], 0, 0
    while i < len(first_list) and j < len(second_list):
        low = max(first_list[i][0], second_list[j][0])
        high = min(first_list[i][1], second_list[j][1])
        if low <= high:
            out.append([low, high])
        if first_list[i][1] < second_list[j][1]:  # the one ending first cannot meet anything else
            i += 1
        else:
            j += 1
    return out


@st.composite
def _disjoint(draw, gap_hi, len_hi):
    out, cur = [], draw(st.integers(0, gap_hi))
    for _ in range(draw(st.integers(0, 8))):
        end = cur + draw(st.integers(0, len_hi))
        out.append([cur, end])
        cur = end + draw(st.integers(1, gap_hi))
    return out


@st.composite
def _case(draw):
    gap_hi, len_hi = draw(st.sampled_from([(3, 3), (6, 10), (10**7, 10**7)]))
    return {"first_list": draw(_disjoint(gap_hi, len_hi)), "second_list": draw(_disjoint(gap_hi, len_hi))}


def inputs():
    return _case()


EXAMPLES = [
    ({"first_list": [[0, 2], [5, 10], [13, 23], [24, 25]],
      "second_list": [[1, 5], [8, 12], [15, 24], [25, 26]]},
     [[1, 2], [5, 5], [8, 10], [15, 23], [24, 24], [25, 25]]),
    ({"first_list": [[1, 3]], "second_list": []}, []),
    ({"first_list": [], "second_list": []}, []),
    ({"first_list": [[1, 7]], "second_list": [[3, 10]]}, [[3, 7]]),
    ({"first_list": [[0, 100]], "second_list": [[1, 2], [4, 4], [99, 200]]}, [[1, 2], [4, 4], [99, 100]]),
    ({"first_list": [[3, 3]], "second_list": [[3, 3]]}, [[3, 3]]),
    ({"first_list": [[1, 2], [8, 9]], "second_list": [[3, 7]]}, []),
]


def large(n, rng):
    def disjoint(count):
        points = sorted(rng.sample(range(10**9), 2 * count))
        return [[points[i], points[i + 1]] for i in range(0, 2 * count, 2)]
    return {"first_list": disjoint(n // 2), "second_list": disjoint(n - n // 2)}
