# verdict: wrong_answer
# Puts the cooldown on the wrong action: after buying it skips a day, while after selling it lets
# the next buy happen the very next day.
from functools import lru_cache


def max_profit(prices):
    n = len(prices)

    @lru_cache(maxsize=None)
    def best(i, holding):
        if i >= n:
            return 0
        if holding:
            return max(best(i + 1, True), best(i + 1, False) + prices[i])
        return max(best(i + 1, False), best(i + 2, True) - prices[i])

    return best(0, False)
