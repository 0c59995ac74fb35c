"""Smallest Range Covering Elements from K Lists

You get `nums`, a list of `k` non-empty lists of integers, each sorted in non-decreasing order.
Find the smallest range `[a, b]` (inclusive) that contains at least one number from every list,
and return it as `[a, b]`. Range `[a, b]` is smaller than `[c, d]` when `b - a < d - c`, or when
`b - a == d - c` and `a < c` (so the answer is unique).

Constraints: 1 <= k <= 10^4; 1 <= len(nums[i]) <= 50; -10^5 <= nums[i][j] <= 10^5.

Example: nums = [[4, 10, 15, 24, 26], [0, 9, 12, 20], [5, 18, 22, 30]] -> [20, 24]
(20 from the second list, 22 from the third, 24 from the first)

Example: nums = [[1, 5], [3, 7]] -> [1, 3]   ([3, 5] and [5, 7] are as wide but start later)
"""

import heapq

from hypothesis import strategies as st

TITLE = "Smallest Range Covering Elements from K Lists"
CATEGORY = "heap"
PATTERNS = ["k-way-merge", "sliding-window"]
DIFFICULTY = "hard"
FUNCTION = "smallest_range"
COMPLEXITY = "O(n log k)"  # n = total values
TARGET_MINUTES = 40


def reference(nums: list[list[int]]) -> list[int]:
    # one pointer per list; the heap gives the current minimum, `high` tracks the current maximum
    heap = [(lst[0], i, 0) for i, lst in enumerate(nums)]
    heapq.heapify(heap)
    high = max(lst[0] for lst in nums)
    best = [heap[0][0], high]
    while True:
        low, i, j = heap[0]
        if high - low < best[1] - best[0]:  # strict: an equal width found later starts later
            best = [low, high]
        if j + 1 == len(nums[i]):
            return best
        nxt = nums[i][j + 1]
        high = max(high, nxt)
        heapq.heapreplace(heap, (nxt, i, j + 1))


def inputs():
    values = st.integers(-10, 10) | st.integers(-10**5, 10**5)
    lists = st.lists(st.lists(values, min_size=1, max_size=6).map(sorted), min_size=1, max_size=6)
    return lists.map(lambda ls: {"nums": ls})


EXAMPLES = [
    ({"nums": [[4, 10, 15, 24, 26], [0, 9, 12, 20], [5, 18, 22, 30]]}, [20, 24]),
    ({"nums": [[1, 5], [3, 7]]}, [1, 3]),
    ({"nums": [[1, 2, 3], [1, 2, 3], [1, 2, 3]]}, [1, 1]),
    ({"nums": [[-7]]}, [-7, -7]),
    ({"nums": [[3, 9]]}, [3, 3]),
    ({"nums": [[10], [1, 11]]}, [10, 11]),
    ({"nums": [[-100000], [100000]]}, [-100000, 100000]),
]


def large(n, rng):
    k = max(1, n // 20)
    return {"nums": [sorted(rng.randint(-10**5, 10**5) for _ in range(20)) for _ in range(k)]}
