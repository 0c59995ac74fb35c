"""Subarray Sum Equals K

You get a list of integers `nums` and an integer `k`. Count the subarrays (non-empty runs of
consecutive positions) whose values add up to exactly `k`, and return that count. Two subarrays
at different positions count separately even when they hold the same values.

Constraints: 1 <= len(nums) <= 2 * 10^4; -1000 <= nums[i] <= 1000; -10^7 <= k <= 10^7. The
values may be negative or zero.

Example: nums = [2, 1, 3, -1, 1], k = 3 -> 4   ([2, 1], [3], [3, -1, 1] and [1, 3, -1])

Example: nums = [0, 0], k = 0 -> 3   ([0] twice and [0, 0])

Aim for O(n) time.
"""

from hypothesis import strategies as st

TITLE = "Subarray Sum Equals K"
CATEGORY = "arrays-hashing"
PATTERNS = ["prefix-sum", "hashing"]
DIFFICULTY = "medium"
FUNCTION = "subarray_sum"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(nums: list[int], k: int) -> int:
    seen = {0: 1}  # how many prefixes (including the empty one) had each sum
    total = count = 0
    for x in nums:
        total += x
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count


@st.composite
def _case(draw):
    nums = draw(
        st.one_of(
            st.lists(st.integers(-2, 2), min_size=1, max_size=30),  # zeros and cancelling runs
            st.lists(st.integers(-1000, 1000), min_size=1, max_size=30),
        )
    )
    pick = draw(st.sampled_from(["zero", "slice", "any"]))
    if pick == "zero":
        k = 0
    elif pick == "slice":
        i = draw(st.integers(0, len(nums) - 1))
        j = draw(st.integers(i + 1, len(nums)))
        k = sum(nums[i:j])  # some subarray (often a prefix) sums to k
    else:
        k = draw(st.integers(-5, 5))
    return {"nums": nums, "k": k}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [1, 2, 3], "k": 5}, 1),
    ({"nums": [3, 1, 1, 2], "k": 2}, 2),
    ({"nums": [5], "k": 3}, 0),
    ({"nums": [1, 4, 2, 6, 2, 4], "k": 6}, 3),
    ({"nums": [1, 2, 2, 2, 2], "k": 4}, 3),
    ({"nums": [7, 1000, 1000], "k": 2000}, 1),
]


def large(n, rng):
    return {"nums": [rng.randint(-1000, 1000) for _ in range(n)], "k": rng.randint(-50, 50)}
