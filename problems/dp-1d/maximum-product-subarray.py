"""Maximum Product Subarray

Given a list of integers `nums`, return the largest product of a non-empty run of consecutive
entries.

Constraints: 1 <= len(nums) <= 10^5; -10 <= nums[i] <= 10; the product of any run fits in a
32-bit signed integer.

Example: nums = [3, -1, 4, -2] -> 24   (the whole list: two negatives cancel)

Example: nums = [-2, 0, -1] -> 0   (a single 0 beats both negatives)

Aim for O(n) time.
"""

from hypothesis import strategies as st

TITLE = "Maximum Product Subarray"
CATEGORY = "dp-1d"
PATTERNS = ["dp"]
DIFFICULTY = "medium"
FUNCTION = "max_product"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(nums: list[int]) -> int:
    # hi / lo: the largest and smallest product of a run ending at the current entry;
    # a negative entry turns the smallest into the largest
    hi = lo = best = nums[0]
    for x in nums[1:]:
        candidates = (x, hi * x, lo * x)
        hi, lo = max(candidates), min(candidates)
        best = max(best, hi)
    return best


def inputs():
    values = st.one_of(st.integers(-3, 3), st.sampled_from([-1, 0, -10, 10]))
    return st.lists(values, min_size=1, max_size=9).map(lambda v: {"nums": v})


EXAMPLES = [
    ({"nums": [7]}, 7),
    ({"nums": [0]}, 0),
    ({"nums": [2, 3, -2, 4]}, 6),
    ({"nums": [-2, 0, -1]}, 0),
    ({"nums": [3, 0, 5, 2]}, 10),
    ({"nums": [-10, 10]}, 10),
]


def large(n, rng):
    """n entries, mostly 1 and -1 with a few 2s and -2s, a 0 every 25 entries keeping runs short."""
    nums = []
    for i in range(max(1, n)):
        if i % 25 == 24:
            nums.append(0)
        else:
            nums.append(rng.choice([1, -1, 1, -1, 1, -1, 2, -2]))
    return {"nums": nums}
