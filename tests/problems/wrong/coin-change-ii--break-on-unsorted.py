# verdict: wrong_answer
# Stops at the first coin bigger than the amount, as if the coins came sorted: a smaller coin
# listed after a bigger one is never used.


def change(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        if c > amount:
            break
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
