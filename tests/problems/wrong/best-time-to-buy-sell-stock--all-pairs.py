# verdict: too_slow
# correct, but tries every buy day with every later sell day: O(n^2) instead of O(n)
def max_profit(prices):
    best = 0
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            best = max(best, prices[j] - prices[i])
    return best
