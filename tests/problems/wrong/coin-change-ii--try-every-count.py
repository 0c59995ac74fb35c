# verdict: too_slow
# For each coin, tries taking it 0, 1, 2, ... times on top of every amount: right, but
# O(amount^2 / coin) per coin where reusing ways[a - c] from the same row is O(amount).
def change(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        new = [0] * (amount + 1)
        for a in range(amount + 1):
            k = a
            while k >= 0:
                new[a] += ways[k]
                k -= c
        ways = new
    return ways[amount]
