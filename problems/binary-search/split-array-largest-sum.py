"""Split Array Largest Sum

Cut the list `nums` of non-negative integers into exactly `k` non-empty contiguous pieces. Among
all ways to do that, find the one whose largest piece sum is as small as possible, and return that
largest piece sum.

Constraints: 1 <= len(nums) <= 1000; 0 <= nums[i] <= 10^6; 1 <= k <= min(50, len(nums)).

Example: nums = [4, 8, 7, 1], k = 3 -> 8   ([4] [8] [7, 1]: no piece can be below 8, the largest
single value)

Example: nums = [5, 5], k = 1 -> 10   (one piece holds everything)

Aim for O(n log s) time, where s is the sum of `nums`.
"""

from hypothesis import strategies as st

TITLE = "Split Array Largest Sum"
CATEGORY = "binary-search"
PATTERNS = ["modified-binary-search", "greedy"]
DIFFICULTY = "hard"
FUNCTION = "split_array"
COMPLEXITY = "O(n log s)"
CPP = {"return": "long long"}  # sums pass 2^31 on large inputs
TARGET_MINUTES = 35


def _pieces_needed(nums: list[int], cap: int) -> int:
    """Fewest pieces with every piece sum <= cap (cap >= max(nums)): cut only when forced."""
    pieces, current = 1, 0
    for x in nums:
        if current + x > cap:
            pieces += 1
            current = x
        else:
            current += x
    return pieces


def reference(nums: list[int], k: int) -> int:
    # Binary search the answer: a cap works when k or fewer pieces suffice (more cuts never
    # raise the largest sum, and there are enough elements to reach exactly k pieces).
    lo, hi = max(nums), sum(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if _pieces_needed(nums, mid) <= k:
            hi = mid
        else:
            lo = mid + 1
    return lo


@st.composite
def _case(draw):
    value = st.one_of(st.integers(0, 9), st.integers(0, 100), st.integers(0, 10**6))
    nums = draw(st.lists(value, min_size=1, max_size=12))
    return {"nums": nums, "k": draw(st.integers(1, len(nums)))}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [4, 8, 7, 1], "k": 3}, 8),
    ({"nums": [5, 5], "k": 1}, 10),
    ({"nums": [4], "k": 1}, 4),
    ({"nums": [0, 0, 0, 0], "k": 2}, 0),
    ({"nums": [0, 0, 3, 3, 2], "k": 3}, 3),
    ({"nums": [5, 3, 8, 3, 2, 3], "k": 4}, 8),
    ({"nums": [2, 3, 2, 0, 7, 3, 2, 0], "k": 3}, 7),
    ({"nums": [1000000, 1000000], "k": 2}, 1000000),
    ({"nums": [7, 3, 6, 8, 1, 9], "k": 1}, 34),
]


def large(n, rng):
    """n values of up to 10^6 in 3 pieces."""
    return {"nums": [rng.randint(0, 10**6) for _ in range(n)], "k": 3}
