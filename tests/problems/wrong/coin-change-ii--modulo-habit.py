# verdict: wrong_answer
# Reduces the count modulo 10^9 + 7 out of habit; this problem asks for the exact count, which
# passes 10^9 + 7 for a few small coins and an amount in the thousands.
def change(amount, coins):
    mod = 10**9 + 7
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] = (ways[a] + ways[a - c]) % mod
    return ways[amount]
