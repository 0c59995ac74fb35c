"""IPO (Maximize Capital)

You start with capital `w` and may complete at most `k` distinct projects, one after another.
Project `i` can be started only when your current capital is at least `capital[i]`; finishing it
adds `profits[i]` to your capital (the required capital is not spent). Choose the projects to
finish so that the final capital is as large as possible, and return that final capital.

Constraints: 1 <= k <= 10^5; 0 <= w <= 10^9; 1 <= n = len(profits) = len(capital) <= 10^5;
0 <= profits[i] <= 10^4; 0 <= capital[i] <= 10^9.

Example: k = 2, w = 0, profits = [1, 2, 3], capital = [0, 1, 1] -> 4
(only project 0 is affordable at first: capital 1; then take project 2: capital 4)

Example: k = 3, w = 0, profits = [1, 2, 3], capital = [0, 1, 2] -> 6
"""

import heapq

from hypothesis import strategies as st

TITLE = "IPO"
CATEGORY = "heap"
PATTERNS = ["two-heaps", "greedy"]
DIFFICULTY = "hard"
FUNCTION = "find_maximized_capital"
COMPLEXITY = "O(n log n)"
TARGET_MINUTES = 25


def reference(k: int, w: int, profits: list[int], capital: list[int]) -> int:
    locked = sorted(zip(capital, profits, strict=True))  # acts as a min-heap on required capital
    affordable = []  # max-heap (negated) of profits we can start now
    i = 0
    for _ in range(k):
        while i < len(locked) and locked[i][0] <= w:
            heapq.heappush(affordable, -locked[i][1])
            i += 1
        if not affordable:
            break
        w -= heapq.heappop(affordable)
    return w


@st.composite
def _case(draw):
    n = draw(st.integers(1, 25))
    profits = draw(st.lists(st.integers(0, 20) | st.integers(0, 10**4), min_size=n, max_size=n))
    capital = draw(st.lists(st.integers(0, 40) | st.integers(0, 10**9), min_size=n, max_size=n))
    k = draw(st.integers(1, n + 2))
    return {"k": k, "w": draw(st.integers(0, 10)), "profits": profits, "capital": capital}


def inputs():
    return _case()


EXAMPLES = [
    ({"k": 2, "w": 0, "profits": [1, 2, 3], "capital": [0, 1, 1]}, 4),
    ({"k": 3, "w": 0, "profits": [1, 2, 3], "capital": [0, 1, 2]}, 6),
    ({"k": 1, "w": 0, "profits": [5], "capital": [1]}, 0),
    ({"k": 5, "w": 2, "profits": [1, 1], "capital": [0, 0]}, 4),
    ({"k": 1, "w": 1, "profits": [1, 9, 4], "capital": [0, 1, 2]}, 10),
    ({"k": 2, "w": 0, "profits": [0, 0, 8], "capital": [0, 0, 1]}, 0),
    ({"k": 2, "w": 1000000000, "profits": [10000, 3], "capital": [1000000000, 0]}, 1000010003),
]


def large(n, rng):
    """k = n/2 rounds that never run dry, so every round pops the profit heap.

    Three projects need no capital and the rest need up to 2500 * n, so each finished project
    (profit up to 10^4) unlocks a few more and the affordable pool keeps growing.
    """
    profits = [rng.randint(1, 10**4) for _ in range(n)]
    capital = [rng.randint(0, 2500 * n) for _ in range(n)]
    for i in rng.sample(range(n), 3):
        capital[i] = 0
    return {"k": n // 2, "w": 0, "profits": profits, "capital": capital}
