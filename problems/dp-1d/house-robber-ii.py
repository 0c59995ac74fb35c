"""House Robber II

Houses stand in a circle, so the first and the last house are neighbours. `nums[i]` is the money in
house `i`. A burglar may rob any set of houses as long as no two robbed houses are neighbours.
Return the largest total the burglar can take.

Constraints: 1 <= len(nums) <= 10^5; 0 <= nums[i] <= 1000.

Example: nums = [2, 3, 2] -> 3   (houses 0 and 2 are neighbours on the circle)

Example: nums = [1, 2, 3, 1] -> 4   (houses 0 and 2)

Example: nums = [7] -> 7   (a single house has no neighbour to conflict with)
"""

from hypothesis import strategies as st

TITLE = "House Robber II"
CATEGORY = "dp-1d"
PATTERNS = ["dp"]
DIFFICULTY = "medium"
FUNCTION = "rob"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def _rob_line(nums: list[int]) -> int:
    skip, take = 0, 0
    for x in nums:
        skip, take = max(skip, take), skip + x
    return max(skip, take)


def reference(nums: list[int]) -> int:
    if len(nums) == 1:
        return nums[0]
    # the first and the last house are never both robbed: drop one of them
    return max(_rob_line(nums[1:]), _rob_line(nums[:-1]))


def inputs():
    values = st.one_of(st.integers(0, 1000), st.integers(0, 5))
    return st.lists(values, min_size=1, max_size=30).map(lambda v: {"nums": v})


EXAMPLES = [
    ({"nums": [7]}, 7),
    ({"nums": [2, 3]}, 3),
    ({"nums": [2, 3, 2]}, 3),
    ({"nums": [1, 2, 3, 1]}, 4),
    ({"nums": [5, 1, 1, 5]}, 6),
    ({"nums": [0, 0]}, 0),
    ({"nums": [200, 3, 140, 20, 10]}, 340),
]


def large(n, rng):
    return {"nums": [rng.randint(0, 1000) for _ in range(n)]}
