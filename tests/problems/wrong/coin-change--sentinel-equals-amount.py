# verdict: wrong_answer
# Uses amount itself as "impossible", one too small: when the only way is `amount` coins of 1,
# the real answer equals the sentinel and is reported as -1.
def coin_change(coins, amount):
    if amount == 0:
        return 0
    inf = amount
    fewest = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and fewest[a - c] + 1 < fewest[a]:
                fewest[a] = fewest[a - c] + 1
    return fewest[amount] if fewest[amount] != inf else -1
