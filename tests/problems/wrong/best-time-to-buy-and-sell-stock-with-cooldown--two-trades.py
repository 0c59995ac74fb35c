# verdict: wrong_answer
# Carries over the "at most two transactions" limit from another stock problem; the cooldown
# version allows any number of them.
from functools import lru_cache


def max_profit(prices):
    n = len(prices)

    @lru_cache(maxsize=None)
    def best(i, holding, left):
        if i >= n:
            return 0
        if holding:
            return max(best(i + 1, True, left), best(i + 2, False, left) + prices[i])
        if left == 0:
            return 0
        return max(best(i + 1, False, left), best(i + 1, True, left - 1) - prices[i])

    return best(0, False, 2)
