"""Target Sum

Put a `+` or a `-` sign in front of every number in `nums` and add them all up. Return how many
of the 2^len(nums) sign choices give exactly `target`. Two choices are different when some
position gets a different sign, even if the numbers there are equal (or zero).

Constraints: 1 <= len(nums) <= 20; 0 <= nums[i] <= 1000; sum(nums) <= 1000;
-1000 <= target <= 1000.

Example: nums = [2, 3, 5], target = 0 -> 2   (+2 +3 -5 and -2 -3 +5)

Example: nums = [1, 1, 1, 1], target = 2 -> 4   (one of the four 1s gets the minus sign)

Aim for O(n * s) time, where s is the sum of `nums`.
"""

from hypothesis import strategies as st

TITLE = "Target Sum"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "0-1-knapsack", "counting"]
DIFFICULTY = "medium"
FUNCTION = "find_target_sum_ways"
COMPLEXITY = "O(n * s)"
TARGET_MINUTES = 25


def reference(nums: list[int], target: int) -> int:
    # The plus-signed numbers P and the minus-signed ones M satisfy P - M = target and
    # P + M = total, so P = (total + target) / 2: count the subsets with that sum.
    total = sum(nums)
    if abs(target) > total or (total + target) % 2:
        return 0
    want = (total + target) // 2
    ways = [1] + [0] * want  # ways[s]: subsets of the numbers seen so far that sum to s
    for x in nums:
        for s in range(want, x - 1, -1):  # downwards: each number used at most once
            ways[s] += ways[s - x]  # a 0 doubles every count: +0 and -0 both work
    return ways[want]


@st.composite
def _case(draw):
    value = st.one_of(st.integers(0, 3), st.integers(0, 20))
    nums = draw(st.lists(value, min_size=1, max_size=12))
    total = sum(nums)
    target = draw(st.one_of(st.integers(-total, total), st.integers(-total - 4, total + 4)))
    return {"nums": nums, "target": target}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [2, 3, 5], "target": 0}, 2),
    ({"nums": [1, 1, 1, 1], "target": 2}, 4),
    ({"nums": [7], "target": 7}, 1),
    ({"nums": [7], "target": -7}, 1),
    ({"nums": [4, 1, 2], "target": 3}, 1),
    ({"nums": [3, 3], "target": 2}, 0),
    ({"nums": [5, 10, 5], "target": 10}, 2),
    ({"nums": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "target": 15}, 31),
]


def large(n, rng):
    """20 numbers adding up to about n, and a reachable-looking target: about 20 * n / 2 steps."""
    nums = [rng.randint(0, max(1, n // 10)) for _ in range(20)]
    total = sum(nums)
    target = total // 2
    if (total + target) % 2:
        target -= 1
    return {"nums": nums, "target": target}
