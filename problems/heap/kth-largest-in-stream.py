"""Kth Largest Element in a Stream

Build a class `KthLargest` that tracks the k-th largest value of a growing stream of numbers
(k-th largest in sorted order, so duplicates count separately):

- `KthLargest(k, nums)` starts with the integer `k` and the initial numbers `nums`.
- `add(val)` adds `val` to the stream and returns the k-th largest value seen so far.

Constraints: 1 <= k <= 10^5; 0 <= len(nums) <= 10^5; -10^4 <= nums[i], val <= 10^4;
at most 10^5 calls to add; whenever add returns, the stream holds at least k numbers
(so len(nums) >= k - 1).

Example: KthLargest(3, [4, 5, 8, 2]); add(3) -> 4, add(5) -> 5, add(10) -> 5, add(9) -> 8,
add(4) -> 8

The judge passes {"init": {"k": 3, "nums": [4, 5, 8, 2]}, "ops": [["add", [3]], ...]} and compares
the list of every add's return value.
"""

import heapq

from hypothesis import strategies as st

TITLE = "Kth Largest Element in a Stream"
CATEGORY = "heap"
PATTERNS = ["top-k", "design"]
DIFFICULTY = "easy"
FUNCTION = "KthLargest"
COMPLEXITY = "O(n log k)"  # n = initial numbers plus calls
TARGET_MINUTES = 15


class reference:
    def __init__(self, k: int, nums: list[int]):
        self.k = k
        self.heap = list(nums)  # min-heap of the k largest values so far
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val: int) -> int:
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
        elif val > self.heap[0]:
            heapq.heapreplace(self.heap, val)
        return self.heap[0]


@st.composite
def _case(draw):
    values = st.integers(-5, 5) | st.integers(-10**4, 10**4)
    k = draw(st.integers(1, 8))
    nums = draw(st.lists(values, min_size=k - 1, max_size=k + 10))
    adds = draw(st.lists(values, min_size=1, max_size=20))
    return {"init": {"k": k, "nums": nums}, "ops": [["add", [v]] for v in adds]}


def inputs():
    return _case()


EXAMPLES = [
    ({"init": {"k": 3, "nums": [4, 5, 8, 2]}, "ops": [["add", [3]], ["add", [5]], ["add", [10]],
                                                      ["add", [9]], ["add", [4]]]}, [4, 5, 5, 8, 8]),
    ({"init": {"k": 1, "nums": []}, "ops": [["add", [-3]], ["add", [-5]], ["add", [10]]]}, [-3, -3, 10]),
    ({"init": {"k": 2, "nums": [0]}, "ops": [["add", [-1]], ["add", [1]], ["add", [-2]]]}, [-1, 0, 0]),
    ({"init": {"k": 3, "nums": [7, 7]}, "ops": [["add", [7]], ["add", [7]], ["add", [1]]]}, [7, 7, 7]),
    ({"init": {"k": 4, "nums": [1, 2, 3]}, "ops": [["add", [0]], ["add", [10000]]]}, [0, 1]),
]


def large(n, rng):
    nums = [rng.randint(-10**4, 10**4) for _ in range(n // 2)]
    ops = [["add", [rng.randint(-10**4, 10**4)]] for _ in range(n - n // 2)]
    return {"init": {"k": max(1, n // 4), "nums": nums}, "ops": ops}
