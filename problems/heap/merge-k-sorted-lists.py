"""Merge k Sorted Lists

You get `lists`, a list of `k` lists, each sorted in non-decreasing order (some may be empty).
Merge them into one sorted list holding every value from every list (duplicates kept) and return
it. With N values in total, aim for O(N log k) rather than rescanning all k lists per value.

(Classically these are linked lists; here each list is a plain Python list of ints.)

Constraints: 0 <= k <= 10^5; 0 <= len(lists[i]) <= 500; total values N <= 2 * 10^5;
-10^4 <= value <= 10^4.

Example: lists = [[1, 4, 5], [1, 3, 4], [2, 6]] -> [1, 1, 2, 3, 4, 4, 5, 6]

Example: lists = [[], [], [-1]] -> [-1]
"""

import heapq

from hypothesis import strategies as st

TITLE = "Merge k Sorted Lists"
CATEGORY = "heap"
PATTERNS = ["k-way-merge"]
DIFFICULTY = "hard"
FUNCTION = "merge_k_lists"
COMPLEXITY = "O(n log k)"  # n = total values
TARGET_MINUTES = 25


def reference(lists: list[list[int]]) -> list[int]:
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    merged = []
    while heap:
        value, i, j = heap[0]
        merged.append(value)
        if j + 1 < len(lists[i]):
            heapq.heapreplace(heap, (lists[i][j + 1], i, j + 1))
        else:
            heapq.heappop(heap)
    return merged


def inputs():
    values = st.integers(-10, 10) | st.integers(-10**4, 10**4)
    return st.lists(st.lists(values, max_size=8).map(sorted), max_size=8).map(lambda ls: {"lists": ls})


EXAMPLES = [
    ({"lists": [[1, 4, 5], [1, 3, 4], [2, 6]]}, [1, 1, 2, 3, 4, 4, 5, 6]),
    ({"lists": [[], [], [-1]]}, [-1]),
    ({"lists": []}, []),
    ({"lists": [[]]}, []),
    ({"lists": [[2, 2], [2], [2, 2, 2]]}, [2, 2, 2, 2, 2, 2]),
    ({"lists": [[5, 6, 7], [-10000, 10000]]}, [-10000, 5, 6, 7, 10000]),
]


def large(n, rng):
    # many short lists: k grows with n, which is what hurts a rescan-every-head merge
    lists = [sorted(rng.randint(-10**4, 10**4) for _ in range(4)) for _ in range(max(1, n // 4))]
    return {"lists": lists}
