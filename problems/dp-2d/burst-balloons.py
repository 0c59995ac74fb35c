"""Burst Balloons

A row of balloons carries the numbers in `nums`. You burst them one at a time, in any order you
choose, until none is left. Bursting a balloon with number x earns `left * x * right` coins,
where `left` and `right` are the numbers on the nearest balloons still unburst to its left and to
its right; where there is no balloon left on a side, count that side as 1. After a burst, the two
neighbours of the burst balloon become adjacent. Return the largest total of coins you can earn.

Constraints: 1 <= len(nums) <= 300; 0 <= nums[i] <= 100.

Example: nums = [6, 3, 4] -> 102   (burst 3: 6 * 3 * 4 = 72; then 4: 6 * 4 * 1 = 24; then 6:
1 * 6 * 1 = 6)

Example: nums = [1, 4] -> 8   (the 1 first: 1 * 1 * 4 = 4; then the 4 alone: 1 * 4 * 1 = 4)

Aim for O(n^3) time.
"""

from math import isqrt

from hypothesis import strategies as st

TITLE = "Burst Balloons"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "interval-dp"]
DIFFICULTY = "hard"
FUNCTION = "max_coins"
COMPLEXITY = "O(n^3)"
TARGET_MINUTES = 40


def reference(nums: list[int]) -> int:
    # Pad with the implicit 1s. best[lo][hi]: the most coins from bursting every balloon strictly
    # between lo and hi while lo and hi themselves stay. Choose the balloon k burst LAST in that
    # range: at that moment its neighbours are exactly lo and hi, and the two sides are
    # independent sub-problems.
    v = [1, *nums, 1]
    n = len(v)
    best = [[0] * n for _ in range(n)]
    for lo in range(n - 3, -1, -1):
        row = best[lo]
        for hi in range(lo + 2, n):
            edge = v[lo] * v[hi]
            top = 0
            for k in range(lo + 1, hi):
                coins = row[k] + best[k][hi] + edge * v[k]
                if coins > top:
                    top = coins
            row[hi] = top
    return best[0][n - 1]


def inputs():
    value = st.one_of(st.integers(0, 3), st.integers(0, 9), st.integers(0, 100))
    return st.lists(value, min_size=1, max_size=9).map(lambda v: {"nums": v})


EXAMPLES = [
    ({"nums": [6, 3, 4]}, 102),
    ({"nums": [1, 4]}, 8),
    ({"nums": [4]}, 4),
    ({"nums": [0]}, 0),
    ({"nums": [1, 1, 1]}, 3),
    ({"nums": [9, 5, 9, 1]}, 504),
    ({"nums": [0, 1, 7, 2]}, 28),
    ({"nums": [5, 4, 7, 1, 1]}, 196),
]


def large(n, rng):
    """About sqrt(n) balloons: the O(len^3) table then takes about n^1.5 steps."""
    return {"nums": [rng.randint(0, 100) for _ in range(max(1, isqrt(n)))]}
