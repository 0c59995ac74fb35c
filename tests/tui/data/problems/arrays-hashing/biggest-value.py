"""Biggest Value

You get a non-empty list of integers `nums`. Return the biggest of them.

Example: nums = [1, 3, 2] -> 3

Aim for one pass over the list.
"""

from hypothesis import strategies as st

TITLE = "Biggest Value"
CATEGORY = "arrays-hashing"
PATTERNS = ["scan"]
DIFFICULTY = "easy"
FUNCTION = "biggest"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 5


def reference(nums: list[int]) -> int:
    best = nums[0]
    for x in nums:
        if x > best:
            best = x
    return best


def inputs():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(-100, 100), min_size=1)})


EXAMPLES = [
    ({"nums": [1, 3, 2]}, 3),
    ({"nums": [-5]}, -5),
]


def large(n, rng):
    return {"nums": [rng.randint(-(10**9), 10**9) for _ in range(n)]}
