"""Binary Search

`nums` is sorted in increasing order and holds no duplicates. Return the index of `target` in
`nums`, or -1 when it is absent. Take O(log n) time: halve the search range at every step.

Constraints: 0 <= len(nums) <= 10^5; -10^9 <= nums[i], target <= 10^9.

Example: nums = [-4, 0, 3, 8, 12], target = 8 -> 3

Example: nums = [-4, 0, 3, 8, 12], target = 5 -> -1
"""

from hypothesis import strategies as st

TITLE = "Binary Search"
CATEGORY = "binary-search"
PATTERNS = ["modified-binary-search"]
DIFFICULTY = "easy"
FUNCTION = "search"
COMPLEXITY = "O(log n)"
TARGET_MINUTES = 10


def reference(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


@st.composite
def _case(draw):
    nums = sorted(draw(st.sets(st.integers(-30, 30), max_size=25)))
    if nums and draw(st.booleans()):
        target = draw(st.sampled_from(nums))
    else:
        target = draw(st.integers(-32, 32))
    return {"nums": nums, "target": target}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [-4, 0, 3, 8, 12], "target": 8}, 3),
    ({"nums": [-4, 0, 3, 8, 12], "target": 5}, -1),
    ({"nums": [], "target": 1}, -1),
    ({"nums": [7], "target": 7}, 0),
    ({"nums": [7], "target": 3}, -1),
    ({"nums": [1, 2], "target": 2}, 1),
    ({"nums": [1, 2, 3, 4, 5], "target": 1}, 0),
    ({"nums": [1, 2, 3, 4, 5], "target": 6}, -1),
]


def large(n, rng):
    nums = sorted(rng.sample(range(-10**9, 10**9), n))
    # The target is the last element: a linear scan walks the whole list.
    return {"nums": nums, "target": nums[-1]}
