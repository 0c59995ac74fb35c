# verdict: wrong_answer
# Stops looking at coins once one is bigger than the amount, as if the coins came sorted; when
# they do not, a smaller coin listed after a bigger one is never tried.


def coin_change(coins, amount):
    fewest = [0] + [amount + 1] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c > a:
                break
            fewest[a] = min(fewest[a], fewest[a - c] + 1)
    return fewest[amount] if fewest[amount] <= amount else -1
