# verdict: runtime_error
# Counts "the coin on its own" by bumping ways[c] directly instead of starting from ways[0] = 1,
# which indexes past the end of the table when a coin is larger than the amount.
def change(amount, coins):
    if amount == 0:
        return 1
    ways = [0] * (amount + 1)
    for c in coins:
        ways[c] += 1
        for a in range(c + 1, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
