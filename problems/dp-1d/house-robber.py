"""House Robber

Houses stand in a row and `nums[i]` is the amount of money in house `i`. A burglar may rob any
set of houses as long as no two robbed houses are next to each other (that would trip the alarm).
Return the largest total the burglar can take.

Constraints: 1 <= len(nums) <= 10^5; 0 <= nums[i] <= 1000.

Example: nums = [2, 7, 9, 3, 1] -> 12   (houses 0, 2 and 4: 2 + 9 + 1)

Example: nums = [2, 1, 1, 2] -> 4   (houses 0 and 3; the two robbed houses need not alternate
strictly, a gap of two houses is fine)
"""

from hypothesis import strategies as st

TITLE = "House Robber"
CATEGORY = "dp-1d"
PATTERNS = ["dp"]
DIFFICULTY = "medium"
FUNCTION = "rob"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(nums: list[int]) -> int:
    skip, take = 0, 0  # best total so far if the last house was skipped / robbed
    for x in nums:
        skip, take = max(skip, take), skip + x
    return max(skip, take)


def inputs():
    values = st.one_of(st.integers(0, 1000), st.integers(0, 5))
    return st.lists(values, min_size=1, max_size=30).map(lambda v: {"nums": v})


EXAMPLES = [
    ({"nums": [5]}, 5),
    ({"nums": [1, 2]}, 2),
    ({"nums": [2, 7, 9, 3, 1]}, 12),
    ({"nums": [2, 1, 1, 2]}, 4),
    ({"nums": [0, 0, 0]}, 0),
    ({"nums": [4, 1, 2, 7, 5, 3, 1]}, 14),
    ({"nums": [1000, 1, 1, 1000]}, 2000),
]


def large(n, rng):
    return {"nums": [rng.randint(0, 1000) for _ in range(n)]}
