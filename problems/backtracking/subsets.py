"""Subsets

You are given a list `nums` of distinct integers. Return every subset of `nums` (its power set):
the empty subset, every single value, every pair, and so on up to `nums` itself.

Constraints: 0 <= len(nums) <= 16; -100 <= nums[i] <= 100; the values are pairwise distinct.

Example: nums = [4, 7] -> [[], [4], [7], [4, 7]]

Example: nums = [] -> [[]]   (the empty set still has one subset: itself)

Any order is accepted, both for the subsets in the result and for the values inside one subset,
but each subset must appear exactly once.
"""

import math

from hypothesis import strategies as st

TITLE = "Subsets"
CATEGORY = "backtracking"
PATTERNS = ["subsets", "backtracking"]
DIFFICULTY = "medium"
FUNCTION = "subsets"
COMPLEXITY = "O(n * 2^n)"
TARGET_MINUTES = 15


def reference(nums: list[int]) -> list[list[int]]:
    result: list[list[int]] = [[]]
    for x in nums:
        # every subset so far, once without x (already there) and once with it
        result += [[*subset, x] for subset in result]
    return result


def inputs():
    return st.lists(st.integers(-100, 100), max_size=8, unique=True).map(lambda v: {"nums": v})


EXAMPLES = [
    ({"nums": []}, [[]]),
    ({"nums": [5]}, [[], [5]]),
    ({"nums": [4, 7]}, [[], [4], [7], [4, 7]]),
    ({"nums": [1, 2, 3]}, [[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]),
    ({"nums": [0, -1, 100]}, [[], [0], [-1], [100], [0, -1], [0, 100], [-1, 100], [0, -1, 100]]),
]


def large(n, rng):
    """About log2(n) values, so the answer holds about n subsets."""
    k = max(1, round(math.log2(max(n, 2))))
    return {"nums": rng.sample(range(-100, 101), k)}


def _canon(subsets):
    return sorted(sorted(s) for s in subsets)


def check(kwargs, expected, got) -> bool:
    try:
        return _canon(got) == _canon(expected)
    except TypeError:
        return False
