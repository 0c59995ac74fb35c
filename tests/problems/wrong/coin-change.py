# verdict: runtime_error
# Seeds the table with fewest[c] = 1 for every coin, which indexes past the end of the table as soon
# as a coin is larger than the amount.
def coin_change(coins, amount):
    if amount == 0:
        return 0
    inf = float("inf")
    fewest = [inf] * (amount + 1)
    for c in coins:
        fewest[c] = 1
    for a in range(1, amount + 1):
        for c in coins:
            if c < a and fewest[a - c] + 1 < fewest[a]:
                fewest[a] = fewest[a - c] + 1
    return -1 if fewest[amount] == inf else fewest[amount]
