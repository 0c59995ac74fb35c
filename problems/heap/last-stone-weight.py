"""Last Stone Weight

You get the weights of some stones, `stones`. Repeatedly take the two heaviest stones, with
weights x <= y, and smash them together: if x == y both are destroyed; otherwise the x stone is
destroyed and the y stone now weighs y - x. Stop when at most one stone is left. Return the weight
of the last stone, or 0 if none is left.

Constraints: 1 <= len(stones) <= 10^5; 1 <= stones[i] <= 10^6.

Example: stones = [3, 8, 2, 5] -> 2   (8 and 5 leave 3; 3 and 3 vanish; 2 is left)

Example: stones = [6, 6] -> 0

Aim for O(n log n) time.
"""

import heapq

from hypothesis import strategies as st

TITLE = "Last Stone Weight"
CATEGORY = "heap"
PATTERNS = ["top-k", "heap"]
DIFFICULTY = "easy"
FUNCTION = "last_stone_weight"
COMPLEXITY = "O(n log n)"
TARGET_MINUTES = 10


def reference(stones: list[int]) -> int:
    heap = [-s for s in stones]  # a max-heap by negation
    heapq.heapify(heap)
    while len(heap) > 1:
        y, x = -heapq.heappop(heap), -heapq.heappop(heap)
        if y != x:
            heapq.heappush(heap, -(y - x))
    return -heap[0] if heap else 0


def inputs():
    weights = st.sampled_from([st.integers(1, 6), st.integers(1, 10**6)])
    return weights.flatmap(lambda w: st.lists(w, min_size=1, max_size=30)).map(
        lambda s: {"stones": s})


EXAMPLES = [
    ({"stones": [7, 2, 7]}, 2),
    ({"stones": [9]}, 9),
    ({"stones": [1, 3]}, 2),
    ({"stones": [1000000, 1]}, 999999),
    ({"stones": [4, 4, 4]}, 4),
]


def large(n, rng):
    return {"stones": [rng.randint(1, 10**6) for _ in range(n)]}
