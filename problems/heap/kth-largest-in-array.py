"""Kth Largest Element in an Array

You get a list of integers `nums` and an integer `k`. Return the k-th largest value: the value
that would sit at position k (counting from 1) if `nums` were sorted from largest to smallest.
Repeated values count separately, so in [5, 5, 2] both the first and the second largest are 5.

Constraints: 1 <= k <= len(nums) <= 10^5; -10^4 <= nums[i] <= 10^4.

Example: nums = [4, 9, 1, 7, 3], k = 2 -> 7

Example: nums = [6, 2, 6, 6, 1], k = 3 -> 6

Aim for O(n log k) time.
"""

import heapq

from hypothesis import strategies as st

TITLE = "Kth Largest Element in an Array"
CATEGORY = "heap"
PATTERNS = ["top-k", "heap"]
DIFFICULTY = "medium"
FUNCTION = "find_kth_largest"
COMPLEXITY = "O(n log k)"
TARGET_MINUTES = 15


def reference(nums: list[int], k: int) -> int:
    heap: list[int] = []  # the k largest seen so far; the smallest of them on top
    for x in nums:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]


@st.composite
def _case(draw):
    values = draw(st.sampled_from([st.integers(-4, 4), st.integers(-10**4, 10**4),
                                   st.integers(-10**4, -1)]))
    nums = draw(st.lists(values, min_size=1, max_size=30))
    return {"nums": nums, "k": draw(st.integers(1, len(nums)))}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [3, 1, 5, 6, 4], "k": 2}, 5),
    ({"nums": [7], "k": 1}, 7),
    ({"nums": [2, 9, 4], "k": 3}, 2),
    ({"nums": [1, 5, 5, 3], "k": 1}, 5),
    ({"nums": [-3, 8, -1], "k": 1}, 8),
    ({"nums": [2, 7, 10000], "k": 2}, 7),
]


def large(n, rng):
    """n values and k = n / 2."""
    return {"nums": [rng.randint(-10**4, 10**4) for _ in range(n)], "k": max(1, n // 2)}
