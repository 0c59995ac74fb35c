# verdict: wrong_answer
# greedy: always takes the largest coin that fits; fails for coins like [1, 3, 4] (6 -> 4+1+1) or [2, 5] (6 -> -1)
def coin_change(coins, amount):
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
