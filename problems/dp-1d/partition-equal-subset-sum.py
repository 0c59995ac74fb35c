"""Partition Equal Subset Sum

Given a list of positive integers `nums`, decide whether it can be split into two groups with the
same sum. Every element goes into exactly one of the two groups (a group may hold any number of
elements). Return True or False.

Constraints: 1 <= len(nums) <= 200; 1 <= nums[i] <= 100.

Example: nums = [3, 9, 4, 2] -> True   (9 = 3 + 4 + 2)

Example: nums = [2, 4, 8] -> False   (the total is 14, but no group sums to 7)

Aim for O(n * s) time, where s is the sum of `nums`.
"""

from math import isqrt

from hypothesis import strategies as st

TITLE = "Partition Equal Subset Sum"
CATEGORY = "dp-1d"
PATTERNS = ["dp", "0-1-knapsack"]
DIFFICULTY = "medium"
FUNCTION = "can_partition"
COMPLEXITY = "O(n * s)"
TARGET_MINUTES = 25


def reference(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    # can[s]: some subset of the values seen so far sums to s. Sums are walked downwards so that
    # can[s - x] still describes subsets without x: each value is used at most once.
    can = [True] + [False] * half
    for x in nums:
        for s in range(half, x - 1, -1):
            if can[s - x]:
                can[s] = True
    return can[half]


@st.composite
def _case(draw):
    value = st.one_of(st.integers(1, 6), st.integers(1, 30))
    nums = draw(st.lists(value, min_size=1, max_size=14))
    if draw(st.booleans()) and sum(nums) % 2:
        nums.append(1)  # half the cases get an even total, where the real search happens
    return {"nums": nums}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [3, 9, 4, 2]}, True),
    ({"nums": [2, 4, 8]}, False),
    ({"nums": [1, 1]}, True),
    ({"nums": [7]}, False),
    ({"nums": [6, 2, 2, 1, 1]}, True),
    ({"nums": [100, 100, 100, 100, 100, 100]}, True),
    ({"nums": [6, 10]}, False),
    ({"nums": [7, 3, 2, 2]}, True),
]


def large(n, rng):
    """About 2 * sqrt(n) values of 1..4: the table (values times half the sum) has about n cells."""
    nums = [rng.randint(1, 4) for _ in range(2 * isqrt(n))]
    if sum(nums) % 2:
        nums[0] += 1 if nums[0] < 4 else -1
    return {"nums": nums}
