# verdict: wrong_answer
# Splits on the balloon burst FIRST in a range and pays it with its original neighbours; but once
# it is gone the two sides are no longer independent, since they become each other's neighbours.
from functools import lru_cache


def max_coins(nums):
    v = [1, *nums, 1]

    @lru_cache(maxsize=None)
    def best(i, j):  # burst balloons i..j (positions in v)
        if i > j:
            return 0
        return max(
            v[k - 1] * v[k] * v[k + 1] + best(i, k - 1) + best(k + 1, j) for k in range(i, j + 1)
        )

    return best(1, len(nums))
