"""Koko Eating Bananas

There are `len(piles)` piles of bananas, pile `i` holding `piles[i]` bananas, and `h` hours until
the guards come back. Koko picks an integer eating speed `k` (bananas per hour). Each hour she
chooses one pile and eats `k` bananas from it; if the pile has fewer than `k` left she finishes
it and waits out the rest of that hour. So a pile of `p` bananas takes `ceil(p / k)` hours.

Return the smallest speed `k` that lets her finish every pile within `h` hours.

Aim for O(n log M) time, where n = len(piles) and M = max(piles).

Constraints: 1 <= len(piles) <= 10^5; len(piles) <= h <= 10^9; 1 <= piles[i] <= 10^9.

Example: piles = [3, 6, 7, 11], h = 8 -> 4   (1 + 2 + 2 + 3 = 8 hours; speed 3 needs 10)

Example: piles = [30, 11, 23, 4, 20], h = 5 -> 30   (one pile per hour: the biggest pile decides)
"""

from hypothesis import strategies as st

TITLE = "Koko Eating Bananas"
CATEGORY = "binary-search"
PATTERNS = ["modified-binary-search", "binary-search-on-answer"]
DIFFICULTY = "medium"
FUNCTION = "min_eating_speed"
COMPLEXITY = "O(n log M)"
TARGET_MINUTES = 20


def _hours(piles: list[int], k: int) -> int:
    return sum((p + k - 1) // k for p in piles)


def reference(piles: list[int], h: int) -> int:
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if _hours(piles, mid) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo


@st.composite
def _case(draw):
    piles = draw(st.lists(st.integers(1, 30), min_size=1, max_size=20)
                 | st.lists(st.integers(1, 10**9), min_size=1, max_size=6))
    n = len(piles)
    # a few hours per pile (h = n .. 3n) makes the biggest pile decide, where a speed rounded
    # the wrong way shows
    h = draw(st.integers(n, n + 40) | st.integers(n, 3 * n)
             | st.integers(n, min(10**9, sum(piles) + 5)))
    return {"piles": piles, "h": h}


def inputs():
    return _case()


EXAMPLES = [
    ({"piles": [3, 6, 7, 11], "h": 8}, 4),
    ({"piles": [30, 11, 23, 4, 20], "h": 5}, 30),
    ({"piles": [30, 11, 23, 4, 20], "h": 6}, 23),
    ({"piles": [1], "h": 1}, 1),
    ({"piles": [5], "h": 100}, 1),
    ({"piles": [10**9], "h": 2}, 500000000),
    ({"piles": [10**9, 10**9], "h": 10**9}, 2),
    ({"piles": [2, 2, 2], "h": 4}, 2),
]


def large(n, rng):
    piles = [rng.randint(1, 10**9) for _ in range(n)]
    return {"piles": piles, "h": rng.randint(n, 3 * n)}
