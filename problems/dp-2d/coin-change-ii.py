"""Coin Change II

You have an unlimited supply of coins of each value in `coins`. Return the number of different
combinations of coins that add up to exactly `amount`. The order of the coins does not matter:
1 + 2 and 2 + 1 are the same combination. An amount of 0 has exactly one combination (no coins).
The count can be large: return it exactly.

Constraints: 1 <= len(coins) <= 300; 1 <= coins[i] <= 5000, all distinct; 0 <= amount <= 10^5.

Example: amount = 5, coins = [1, 2, 5] -> 4   (5, 2+2+1, 2+1+1+1, 1+1+1+1+1)

Example: amount = 3, coins = [2] -> 0
"""

from hypothesis import strategies as st

TITLE = "Coin Change II"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "unbounded-knapsack"]
DIFFICULTY = "medium"
FUNCTION = "change"
COMPLEXITY = "O(amount * len(coins))"
CPP = {"return": "long long"}  # the counts pass 2^31
TARGET_MINUTES = 20


def reference(amount: int, coins: list[int]) -> int:
    # coins in the OUTER loop: each combination is built in one fixed coin order, counted once
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


@st.composite
def _case(draw):
    if draw(st.integers(0, 4)) == 0:
        # nine or ten coins of 1..11 and an amount near 300: the count usually passes 10^9 + 7
        coins = draw(st.lists(st.integers(1, 11), min_size=9, max_size=10, unique=True))
        return {"amount": draw(st.integers(280, 320)), "coins": draw(st.permutations(coins))}
    coins = draw(st.lists(st.integers(1, 12), min_size=1, max_size=5, unique=True))
    return {"amount": draw(st.integers(0, 40)), "coins": coins}


def inputs():
    return _case()


EXAMPLES = [
    ({"amount": 5, "coins": [1, 2, 5]}, 4),
    ({"amount": 3, "coins": [2]}, 0),
    ({"amount": 0, "coins": [7]}, 1),
    ({"amount": 10, "coins": [10]}, 1),
    ({"amount": 4, "coins": [1, 2]}, 3),
    ({"amount": 12, "coins": [5, 3, 2]}, 5),
]


def large(n, rng):
    """amount = n with six coin values."""
    return {"amount": n, "coins": rng.sample(range(1, 60), 6)}
