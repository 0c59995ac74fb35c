"""Subsets With Duplicates

You are given a list `nums` of integers that may contain repeated values. Return every distinct
subset of `nums`. Two subsets count as the same when they hold the same values the same number of
times, whatever positions those values came from, so `[1, 2]` picked with the first `1` and `[1, 2]`
picked with the second `1` are one subset.

Constraints: 0 <= len(nums) <= 16; -10 <= nums[i] <= 10.

Example: nums = [2, 1, 2] -> [[], [1], [2], [1, 2], [2, 2], [1, 2, 2]]

Example: nums = [3, 3] -> [[], [3], [3, 3]]

Any order is accepted, both for the subsets in the result and for the values inside one subset,
but each distinct subset must appear exactly once.
"""

import math

from hypothesis import strategies as st

TITLE = "Subsets With Duplicates"
CATEGORY = "backtracking"
PATTERNS = ["subsets", "backtracking"]
DIFFICULTY = "medium"
FUNCTION = "subsets_with_dup"
COMPLEXITY = "O(n * 2^n)"
TARGET_MINUTES = 20


def reference(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    result: list[list[int]] = []
    path: list[int] = []

    def backtrack(start: int) -> None:
        result.append(path[:])
        for i in range(start, len(nums)):
            if i > start and nums[i] == nums[i - 1]:
                continue  # the same value was already tried at this depth
            path.append(nums[i])
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result


def inputs():
    return st.lists(st.integers(-3, 3), max_size=9).map(lambda v: {"nums": v})


EXAMPLES = [
    ({"nums": []}, [[]]),
    ({"nums": [3, 3]}, [[], [3], [3, 3]]),
    ({"nums": [2, 1, 2]}, [[], [1], [2], [1, 2], [2, 2], [1, 2, 2]]),
    ({"nums": [0, 0, 0]}, [[], [0], [0, 0], [0, 0, 0]]),
    ({"nums": [-1, 4]}, [[], [-1], [4], [-1, 4]]),
    ({"nums": [5, 1, 5, 1]}, [[], [1], [5], [1, 1], [1, 5], [5, 5], [1, 1, 5], [1, 5, 5],
                              [1, 1, 5, 5]]),
]


def large(n, rng):
    """About log2(n) values with one repeat, so the answer holds roughly n subsets."""
    k = max(2, round(math.log2(max(n, 2))))
    values = rng.sample(range(-10, 11), k - 1)
    values.append(values[0])
    rng.shuffle(values)
    return {"nums": values}


def _canon(subsets):
    return sorted(sorted(s) for s in subsets)


def check(kwargs, expected, got) -> bool:
    try:
        return _canon(got) == _canon(expected)
    except TypeError:
        return False
