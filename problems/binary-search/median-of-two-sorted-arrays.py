"""Median of Two Sorted Arrays

`nums1` and `nums2` are each sorted in non-decreasing order, and at least one of them is
non-empty. Return the median of all their values taken together: the middle value of the
combined sorted order when the total count is odd, and the mean of the two middle values when it
is even. Return it as a float; answers within 1e-6 of the true median are accepted.

Aim for O(log(min(m, n))) time, where m and n are the two lengths.

Constraints: 0 <= m, n <= 1000; 1 <= m + n <= 2000; -10^6 <= nums1[i], nums2[i] <= 10^6.

Example: nums1 = [1, 4], nums2 = [2, 7, 9] -> 4.0   (together: 1 2 4 7 9)

Example: nums1 = [1, 3], nums2 = [2, 6] -> 2.5   (together: 1 2 3 6; the middle pair is 2 and 3)
"""

from hypothesis import strategies as st

TITLE = "Median of Two Sorted Arrays"
CATEGORY = "binary-search"
PATTERNS = ["modified-binary-search", "partition"]
DIFFICULTY = "hard"
FUNCTION = "find_median_sorted_arrays"
COMPLEXITY = "O(log(min(m, n)))"
TOLERANCE = 1e-6  # a float answer: equal within one part in a million
TARGET_MINUTES = 40

INF = float("inf")


def reference(nums1: list[int], nums2: list[int]) -> float:
    # Cut the shorter array a after i values and the longer b after j = half - i values, so the
    # two left parts together hold the lower half. The cut is right when every value on the left
    # is <= every value on the right; binary search i for it.
    a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
    m, n = len(a), len(b)
    half = (m + n + 1) // 2  # the left half takes the middle value when the total is odd
    lo, hi = 0, m
    while True:
        i = (lo + hi) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else -INF
        a_right = a[i] if i < m else INF
        b_left = b[j - 1] if j > 0 else -INF
        b_right = b[j] if j < n else INF
        if a_left > b_right:
            hi = i - 1  # too much of a on the left
        elif b_left > a_right:
            lo = i + 1  # too little of a on the left
        else:
            left = max(a_left, b_left)
            if (m + n) % 2:
                return float(left)
            return (left + min(a_right, b_right)) / 2


@st.composite
def _case(draw):
    spread = draw(st.sampled_from([2, 10, 10**6]))  # small spreads: many equal values
    value = st.integers(-spread, spread)
    first = sorted(draw(st.lists(value, max_size=15)))
    # lengths are often far apart: the cut must be searched in the shorter array
    second = sorted(draw(st.lists(value, min_size=0 if first else 1, max_size=15)))
    if draw(st.booleans()):
        first, second = second, first
    return {"nums1": first, "nums2": second}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums1": [1, 4], "nums2": [2, 7, 9]}, 4.0),
    ({"nums1": [1, 3], "nums2": [2, 6]}, 2.5),
    ({"nums1": [], "nums2": [5]}, 5.0),
    ({"nums1": [7], "nums2": [3]}, 5.0),
    ({"nums1": [2, 2, 2], "nums2": [2, 2]}, 2.0),
    ({"nums1": [0, 0], "nums2": [0, 0]}, 0.0),
    ({"nums1": [-5, -1], "nums2": [-3]}, -3.0),
    ({"nums1": [1, 2, 3, 4], "nums2": [10, 11]}, 3.5),
    ({"nums1": [3, 8, 9, 15], "nums2": [1, 6, 10, 12, 14]}, 9.0),
    ({"nums1": [], "nums2": [-1000000, 0, 1000000]}, 0.0),
]


def large(n, rng):
    """Two sorted halves of n values in all."""
    values = [rng.randint(-(10**6), 10**6) for _ in range(n)]
    cut = rng.randint(n // 4, 3 * n // 4)
    return {"nums1": sorted(values[:cut]), "nums2": sorted(values[cut:])}
