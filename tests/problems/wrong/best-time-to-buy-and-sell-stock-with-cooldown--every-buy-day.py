# verdict: too_slow
# For each sell day, tries every earlier buy day, adding the best profit from before the cooldown:
# correct, but O(n^2).
def max_profit(prices):
    n = len(prices)
    best = [0] * n
    for i in range(1, n):
        best[i] = best[i - 1]
        for j in range(i):
            before = best[j - 2] if j >= 2 else 0
            best[i] = max(best[i], prices[i] - prices[j] + before)
    return best[-1]
