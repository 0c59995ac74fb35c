"""Search in Rotated Sorted Array

A list of distinct integers was sorted in increasing order and then rotated: some prefix was cut
off and moved to the end (possibly an empty prefix, so the list may still be fully sorted). For
example [1, 3, 5, 8, 9] could become [8, 9, 1, 3, 5]. You get the rotated list `nums` and an
integer `target`. Return the index of `target` in `nums`, or -1 if it is absent.

Aim for O(log n) time.

Constraints: 1 <= len(nums) <= 10^5; -10^9 <= nums[i], target <= 10^9; the values are distinct.

Example: nums = [8, 9, 1, 3, 5], target = 3 -> 3

Example: nums = [8, 9, 1, 3, 5], target = 7 -> -1
"""

from hypothesis import strategies as st

TITLE = "Search in Rotated Sorted Array"
CATEGORY = "binary-search"
PATTERNS = ["modified-binary-search"]
DIFFICULTY = "medium"
FUNCTION = "search"
COMPLEXITY = "O(log n)"
TARGET_MINUTES = 25


def reference(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:  # left half lo..mid is sorted
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # right half mid..hi is sorted
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


@st.composite
def _case(draw):
    size = draw(st.sampled_from([6, 30]))
    values = sorted(draw(st.sets(st.integers(-40, 40), min_size=1, max_size=size)))
    k = draw(st.integers(0, len(values) - 1))
    nums = values[k:] + values[:k]
    # mostly a present target (every position equally likely, or one at the ends of the two
    # sorted runs, where the range checks' boundaries sit), sometimes any number
    ends = [nums[0], nums[-1], values[0], values[-1]]
    kind = draw(st.integers(0, 4))
    if kind == 0:
        target = draw(st.integers(-42, 42))
    else:
        target = draw(st.sampled_from(ends) if kind == 1 else st.sampled_from(nums))
    return {"nums": nums, "target": target}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [8, 9, 1, 3, 5], "target": 3}, 3),
    ({"nums": [8, 9, 1, 3, 5], "target": 7}, -1),
    ({"nums": [4], "target": 4}, 0),
    ({"nums": [4], "target": 5}, -1),
    ({"nums": [3, 1], "target": 1}, 1),
    ({"nums": [1, 3], "target": 3}, 1),
    ({"nums": [5, 1, 3], "target": 5}, 0),
    ({"nums": [1, 2, 3, 4, 5, 6], "target": 6}, 5),
]


def large(n, rng):
    values = sorted(rng.sample(range(-10**9, 10**9), n))
    k = rng.randrange(n)
    nums = values[k:] + values[:k]
    # The target sits in the last 1/32 of the list: the worst case of a linear scan.
    return {"nums": nums, "target": nums[n - 1 - rng.randrange(max(1, n // 32))]}
