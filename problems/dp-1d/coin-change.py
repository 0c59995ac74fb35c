"""Coin Change

You have an unlimited supply of coins of each value in `coins`. Return the fewest coins whose
values add up to exactly `amount`, or -1 if no combination of coins makes that amount. An amount of
0 needs 0 coins.

Constraints: 1 <= len(coins) <= 12; 1 <= coins[i] <= 10^4, all distinct; 0 <= amount <= 10^5.

Example: coins = [1, 3, 4], amount = 6 -> 2   (3 + 3; grabbing the 4 first needs 4 + 1 + 1)

Example: coins = [2], amount = 3 -> -1
"""

from hypothesis import strategies as st

TITLE = "Coin Change"
CATEGORY = "dp-1d"
PATTERNS = ["dp", "unbounded-knapsack"]
DIFFICULTY = "medium"
FUNCTION = "coin_change"
COMPLEXITY = "O(amount * len(coins))"
TARGET_MINUTES = 20


def reference(coins: list[int], amount: int) -> int:
    inf = amount + 1  # more coins than any real answer needs
    fewest = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and fewest[a - c] + 1 < fewest[a]:
                fewest[a] = fewest[a - c] + 1
    return fewest[amount] if fewest[amount] != inf else -1


@st.composite
def _case(draw):
    if draw(st.integers(0, 4)) == 0:
        # only the 1-coin fits: the answer is the amount itself
        amount = draw(st.integers(1, 20))
        bigger = draw(st.lists(st.integers(amount + 1, 40), max_size=3, unique=True))
        return {"coins": draw(st.permutations([1, *bigger])), "amount": amount}
    coins = draw(st.lists(st.integers(1, 25), min_size=1, max_size=5, unique=True))
    return {"coins": coins, "amount": draw(st.integers(0, 60))}


def inputs():
    return _case()


EXAMPLES = [
    ({"coins": [1, 3, 4], "amount": 6}, 2),
    ({"coins": [2], "amount": 3}, -1),
    ({"coins": [7], "amount": 0}, 0),
    ({"coins": [1, 2, 5], "amount": 11}, 3),
    ({"coins": [2, 5], "amount": 6}, 3),
    ({"coins": [186, 419, 83, 408], "amount": 6249}, 20),
    ({"coins": [10000], "amount": 10000}, 1),
]


def large(n, rng):
    """amount = n with five coin values."""
    return {"coins": rng.sample(range(3, 200), 5), "amount": n}
