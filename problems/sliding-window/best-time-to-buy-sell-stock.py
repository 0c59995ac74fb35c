"""Best Time to Buy and Sell Stock

You get a list `prices` where `prices[i]` is a stock's price on day `i`. You may buy one share on
some day and sell it on a LATER day. Return the largest profit you can make, or 0 if no trade
makes money (you may simply not trade).

Aim for O(n) time.

Constraints: 1 <= len(prices) <= 10^5; 0 <= prices[i] <= 10^4.

Example: prices = [7, 1, 5, 3, 6, 4] -> 5   (buy at 1, sell at 6)

Example: prices = [3, 9, 1, 2] -> 6   (the cheapest day, 1, comes too late to beat 3 -> 9)

Example: prices = [6, 4, 3, 1] -> 0
"""

from hypothesis import strategies as st

TITLE = "Best Time to Buy and Sell Stock"
CATEGORY = "sliding-window"
PATTERNS = ["sliding-window", "greedy"]
DIFFICULTY = "easy"
FUNCTION = "max_profit"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(prices: list[int]) -> int:
    cheapest = prices[0]
    best = 0
    for price in prices:
        cheapest = min(cheapest, price)
        best = max(best, price - cheapest)
    return best


def inputs():
    return st.one_of(
        st.lists(st.integers(0, 20), min_size=1, max_size=40),
        st.lists(st.integers(0, 10**4), min_size=1, max_size=10),
    ).map(lambda prices: {"prices": prices})


EXAMPLES = [
    ({"prices": [7, 1, 5, 3, 6, 4]}, 5),
    ({"prices": [3, 9, 1, 2]}, 6),
    ({"prices": [6, 4, 3, 1]}, 0),
    ({"prices": [5]}, 0),
    ({"prices": [2, 2, 2]}, 0),
    ({"prices": [1, 10000]}, 9999),
    ({"prices": [4, 7, 1, 5]}, 4),
]


def large(n, rng):
    return {"prices": [rng.randint(0, 10**4) for _ in range(n)]}
