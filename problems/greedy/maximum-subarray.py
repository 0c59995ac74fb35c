"""Maximum Subarray

Given a list of integers `nums`, return the largest sum of a contiguous, non-empty run of its
elements (a subarray). When every value is negative the answer is the largest single value, since
the subarray may not be empty.

Constraints: 1 <= len(nums) <= 10^5; -10^4 <= nums[i] <= 10^4.

Example: nums = [-2, 1, -3, 4, -1, 2, 1, -5, 4] -> 6   ([4, -1, 2, 1])

Example: nums = [-3, -1, -2] -> -1   ([-1] alone)
"""

from hypothesis import strategies as st

TITLE = "Maximum Subarray"
CATEGORY = "greedy"
PATTERNS = ["kadane", "greedy", "dp"]
DIFFICULTY = "medium"
FUNCTION = "max_sub_array"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(nums: list[int]) -> int:
    # Kadane: the best run ending here either extends the previous run or starts fresh
    best = ending_here = nums[0]
    for x in nums[1:]:
        ending_here = max(x, ending_here + x)
        best = max(best, ending_here)
    return best


def inputs():
    values = st.one_of(st.integers(-10**4, 10**4), st.integers(-10, 3))
    return st.lists(values, min_size=1, max_size=40).map(lambda v: {"nums": v})


EXAMPLES = [
    ({"nums": [-2, 1, -3, 4, -1, 2, 1, -5, 4]}, 6),
    ({"nums": [-3, -1, -2]}, -1),
    ({"nums": [-7]}, -7),
    ({"nums": [0]}, 0),
    ({"nums": [5, 4, -1, 7, 8]}, 23),
    ({"nums": [2, -5, 3]}, 3),
    ({"nums": [-10000, -10000]}, -10000),
]


def large(n, rng):
    return {"nums": [rng.randint(-10**4, 10**4) for _ in range(n)]}
