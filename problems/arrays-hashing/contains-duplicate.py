"""Contains Duplicate

You get a list of integers `nums`. Return `True` if some value appears in it at least twice, and
`False` if every value is different.

Constraints: 1 <= len(nums) <= 10^5; -10^9 <= nums[i] <= 10^9.

Example: nums = [7, 3, 9, 3] -> True   (3 appears twice, not side by side)

Example: nums = [4, -4, 0] -> False

Aim for O(n) time.
"""

from hypothesis import strategies as st

TITLE = "Contains Duplicate"
CATEGORY = "arrays-hashing"
PATTERNS = ["hashing"]
DIFFICULTY = "easy"
FUNCTION = "contains_duplicate"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 5


def reference(nums: list[int]) -> bool:
    seen: set[int] = set()
    for x in nums:
        if x in seen:
            return True
        seen.add(x)
    return False


def inputs():
    return st.one_of(
        st.lists(st.integers(-6, 6), min_size=1, max_size=12),  # duplicates are likely
        st.lists(st.integers(-10**9, 10**9), min_size=1, max_size=40, unique=True),
        st.lists(st.sampled_from([-10**9, 10**9, 0]), min_size=1, max_size=4),
    ).map(lambda nums: {"nums": nums})


EXAMPLES = [
    ({"nums": [3, 3, 9]}, True),
    ({"nums": [4, -4, 0]}, False),
    ({"nums": [1]}, False),
    ({"nums": [0, 7, 7, 8]}, True),
    ({"nums": [-1, -1, 5]}, True),
    ({"nums": [10, 20, 30, 40, 50]}, False),
]


def large(n, rng):
    # all different: nothing stops the scan early
    return {"nums": rng.sample(range(-10**9, 10**9), n)}
