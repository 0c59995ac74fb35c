from functools import lru_cache


def max_coins(nums):
    v = [1, *nums, 1]

    @lru_cache(maxsize=None)
    def best(lo, hi):
        # coins from the balloons strictly between lo and hi; k is the last one burst there
        return max(
            (best(lo, k) + best(k, hi) + v[lo] * v[k] * v[hi] for k in range(lo + 1, hi)),
            default=0,
        )

    return best(0, len(v) - 1)
