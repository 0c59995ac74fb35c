"""Find Minimum in Rotated Sorted Array

A list of distinct integers was sorted in increasing order and then rotated some number of
times (each rotation moves the last element to the front; rotating `n` times gives back the
sorted list). You get the rotated list `nums`. Return its smallest element.

Aim for O(log n) time.

Constraints: 1 <= len(nums) <= 10^5; -10^9 <= nums[i] <= 10^9; the values are distinct.

Example: nums = [6, 7, 9, 2, 4] -> 2

Example: nums = [1, 4, 6, 8] -> 1   (rotated back to sorted order)
"""

from hypothesis import strategies as st

TITLE = "Find Minimum in Rotated Sorted Array"
CATEGORY = "binary-search"
PATTERNS = ["modified-binary-search"]
DIFFICULTY = "medium"
FUNCTION = "find_min"
COMPLEXITY = "O(log n)"
TARGET_MINUTES = 15


def reference(nums: list[int]) -> int:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]


@st.composite
def _case(draw):
    values = sorted(draw(st.sets(st.integers(-50, 50), min_size=1, max_size=30)))
    k = draw(st.integers(0, len(values) - 1))
    return {"nums": values[k:] + values[:k]}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [6, 7, 9, 2, 4]}, 2),
    ({"nums": [1, 4, 6, 8]}, 1),
    ({"nums": [5]}, 5),
    ({"nums": [2, 1]}, 1),
    ({"nums": [1, 2]}, 1),
    ({"nums": [3, 4, 5, 1, 2]}, 1),
    ({"nums": [-1, -10**9, -7]}, -10**9),
    ({"nums": [9, 10, 11, 12, 13, 14, 0]}, 0),
]


def large(n, rng):
    values = sorted(rng.sample(range(-10**9, 10**9), n))
    # The minimum lands in the last 1/32 of the list: the worst case of a linear scan, any
    # place at all for a binary search.
    k = 1 + rng.randrange(max(1, n // 32))
    return {"nums": values[k:] + values[:k]}
