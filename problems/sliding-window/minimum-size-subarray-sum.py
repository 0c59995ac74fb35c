"""Minimum Size Subarray Sum

Given a list of positive integers `nums` and a positive integer `target`, return the length of
the shortest contiguous run of `nums` whose sum is at least `target`. Return 0 when even the whole
list sums to less than `target`.

Constraints: 1 <= len(nums) <= 10^5; 1 <= nums[i] <= 10^4; 1 <= target <= 10^9.

Example: target = 14, nums = [5, 6, 8, 1] -> 2   ([6, 8])

Example: target = 20, nums = [3, 6, 2] -> 0   (everything together is only 11)

Aim for O(n) time.
"""

from hypothesis import strategies as st

TITLE = "Minimum Size Subarray Sum"
CATEGORY = "sliding-window"
PATTERNS = ["sliding-window", "two-pointers"]
DIFFICULTY = "medium"
FUNCTION = "min_subarray_len"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(target: int, nums: list[int]) -> int:
    # All values are positive, so growing the window only raises its sum and shrinking only
    # lowers it: for each right end, drop from the left while the rest still reaches target.
    best = len(nums) + 1
    total = left = 0
    for right, x in enumerate(nums):
        total += x
        while total - nums[left] >= target:
            total -= nums[left]
            left += 1
        if total >= target:
            best = min(best, right - left + 1)
    return best if best <= len(nums) else 0


@st.composite
def _case(draw):
    nums = draw(st.lists(st.one_of(st.integers(1, 4), st.integers(1, 30)), min_size=1, max_size=30))
    total = sum(nums)
    target = draw(st.one_of(st.integers(1, total), st.integers(1, total + 5), st.just(total)))
    return {"target": target, "nums": nums}


def inputs():
    return _case()


EXAMPLES = [
    ({"target": 14, "nums": [5, 6, 8, 1]}, 2),
    ({"target": 20, "nums": [3, 6, 2]}, 0),
    ({"target": 1, "nums": [1]}, 1),
    ({"target": 2, "nums": [1]}, 0),
    ({"target": 6, "nums": [1, 2, 3]}, 3),
    ({"target": 4, "nums": [1, 4, 1]}, 1),
    ({"target": 20, "nums": [8, 4, 2, 6, 1]}, 4),
    ({"target": 17, "nums": [8, 8, 1, 7, 3]}, 3),
    ({"target": 10, "nums": [4, 8, 4, 6]}, 2),
]


def large(n, rng):
    """n values of 1..10 and a target of half their sum: every window is long."""
    nums = [rng.randint(1, 10) for _ in range(n)]
    return {"target": sum(nums) // 2, "nums": nums}
