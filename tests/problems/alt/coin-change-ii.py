from functools import lru_cache


def change(amount, coins):
    @lru_cache(maxsize=None)
    def count(i, left):
        # combinations of left using only coins[i:]: use coins[i] k times, then move on
        if i == len(coins):
            return 1 if left == 0 else 0
        return sum(count(i + 1, left - k * coins[i]) for k in range(left // coins[i] + 1))

    return count(0, amount)
