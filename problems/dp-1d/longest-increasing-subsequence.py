"""Longest Increasing Subsequence

Given a list of integers `nums`, return the length of its longest strictly increasing subsequence:
values picked in their original order (not necessarily next to each other), each larger than the
one before.

Constraints: 0 <= len(nums) <= 10^5; -10^9 <= nums[i] <= 10^9. An O(n^2) solution is too slow
for the largest inputs; aim for O(n log n).

Example: nums = [10, 9, 2, 5, 3, 7, 101, 18] -> 4   (for instance 2, 3, 7, 18)

Example: nums = [4, 4, 4] -> 1   (equal values do not count as increasing)
"""

from bisect import bisect_left

from hypothesis import strategies as st

TITLE = "Longest Increasing Subsequence"
CATEGORY = "dp-1d"
PATTERNS = ["dp", "modified-binary-search", "patience-sorting"]
DIFFICULTY = "medium"
FUNCTION = "length_of_lis"
COMPLEXITY = "O(n log n)"
TARGET_MINUTES = 25


def reference(nums: list[int]) -> int:
    # tails[k] = the smallest value that can end an increasing subsequence of length k + 1
    tails: list[int] = []
    for x in nums:
        i = bisect_left(tails, x)  # bisect_left: an equal value replaces, never extends
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def inputs():
    values = st.one_of(st.integers(-10**9, 10**9), st.integers(-5, 5))
    return st.lists(values, max_size=40).map(lambda v: {"nums": v})


EXAMPLES = [
    ({"nums": []}, 0),
    ({"nums": [7]}, 1),
    ({"nums": [4, 4, 4]}, 1),
    ({"nums": [10, 9, 2, 5, 3, 7, 101, 18]}, 4),
    ({"nums": [0, 1, 0, 3, 2, 3]}, 4),
    ({"nums": [5, 4, 3, 2, 1]}, 1),
    ({"nums": [1, 3, 6, 7, 9, 4, 10, 5, 6]}, 6),
    ({"nums": [-10**9, 10**9]}, 2),
]


def large(n, rng):
    """A noisy rising sequence: the answer is a large fraction of n, so every step of a search
    over the tails that does not halve is long."""
    return {"nums": [10 * i + rng.randint(-25, 25) for i in range(n)]}
