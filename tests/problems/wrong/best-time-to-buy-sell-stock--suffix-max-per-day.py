# verdict: too_slow
# correct, but for each buy day takes max() of all the later prices afresh: O(n^2) instead of
# keeping the cheapest price so far
def max_profit(prices):
    best = 0
    for i in range(len(prices) - 1):
        best = max(best, max(prices[i + 1 :]) - prices[i])
    return best
