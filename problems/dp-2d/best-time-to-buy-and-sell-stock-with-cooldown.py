"""Best Time to Buy and Sell Stock with Cooldown

`prices[i]` is the price of a stock on day i. You may complete as many transactions (buy one
share, later sell it) as you like, under two rules:

- you hold at most one share at a time: sell before you buy again;
- the day after a sale is a cooldown day, on which you cannot buy.

Buying and selling on the same day gains nothing. Return the largest total profit you can make
(0 if no transaction is worth it).

Constraints: 1 <= len(prices) <= 5000; 0 <= prices[i] <= 1000.

Example: prices = [1, 4, 2, 7] -> 6   (buy at 1, sell at 7; selling at 4 first would make day 2 a
cooldown day, so the cheap 2 could not be bought)

Example: prices = [1, 3, 5, 2, 2, 1, 4, 6] -> 9   (buy 1, sell 5; cooldown; buy 1, sell 6)
"""

from hypothesis import strategies as st

TITLE = "Best Time to Buy and Sell Stock with Cooldown"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "state-machine"]
DIFFICULTY = "medium"
FUNCTION = "max_profit"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 25


def reference(prices: list[int]) -> int:
    # The best profit so far when, at the end of the day, we
    #   hold a share / have just sold one today / hold nothing and are free to buy tomorrow.
    hold, sold, free = float("-inf"), float("-inf"), 0
    for p in prices:
        hold, sold, free = (
            max(hold, free - p),  # keep the share, or buy today (only when free)
            hold + p,  # sell today: tomorrow is the cooldown day
            max(free, sold),  # rest; yesterday's sale has cooled down
        )
    return int(max(sold, free))


def inputs():
    price = st.one_of(st.integers(0, 9), st.integers(0, 1000))
    return st.lists(price, min_size=1, max_size=25).map(lambda p: {"prices": p})


EXAMPLES = [
    ({"prices": [1, 4, 2, 7]}, 6),
    ({"prices": [1, 3, 5, 2, 2, 1, 4, 6]}, 9),
    ({"prices": [2, 1]}, 0),
    ({"prices": [5]}, 0),
    ({"prices": [1, 2, 4]}, 3),
    ({"prices": [1, 1, 1]}, 0),
    ({"prices": [6, 1, 3, 2, 8, 4, 9]}, 8),
    ({"prices": [5, 2, 5, 4, 8, 1, 4]}, 6),
    ({"prices": [2, 1, 5, 2, 7]}, 6),
]


def large(n, rng):
    return {"prices": [rng.randint(0, 1000) for _ in range(n)]}
