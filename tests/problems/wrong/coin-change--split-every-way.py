# verdict: too_slow
# Builds each amount from the best of every split a = x + (a - x): right, but O(amount^2) where
# trying each coin as the last one is O(amount * len(coins)).
def coin_change(coins, amount):
    inf = float("inf")
    fewest = [0] + [inf] * amount
    for c in coins:
        if c <= amount:
            fewest[c] = 1
    for a in range(1, amount + 1):
        for x in range(1, a // 2 + 1):
            if fewest[x] + fewest[a - x] < fewest[a]:
                fewest[a] = fewest[x] + fewest[a - x]
    return fewest[amount] if fewest[amount] != inf else -1
