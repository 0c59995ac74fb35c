# verdict: too_slow
# For each amount, tries every coin taken k = 1, 2, 3, ... times on top of a smaller amount:
# right, but O(amount^2 / coin) per coin where taking one coin at a time is O(amount).
def coin_change(coins, amount):
    inf = float("inf")
    fewest = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for c in coins:
            k = 1
            while k * c <= a:
                if fewest[a - k * c] + k < fewest[a]:
                    fewest[a] = fewest[a - k * c] + k
                k += 1
    return fewest[amount] if fewest[amount] != inf else -1
