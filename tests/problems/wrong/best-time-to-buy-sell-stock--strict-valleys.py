# verdict: wrong_answer
# Only buys on day 0 or at a strict local minimum (lower than both neighbours), so the bottom of a
# flat valley (two equal lowest prices side by side) is never a buying day.
def max_profit(prices):
    n = len(prices)
    best_after = [0] * n
    top = 0
    for i in range(n - 1, -1, -1):
        best_after[i] = top
        top = max(top, prices[i])
    best = 0
    for i in range(n):
        valley = i == 0 or (i < n - 1 and prices[i - 1] > prices[i] < prices[i + 1])
        if valley:
            best = max(best, best_after[i] - prices[i])
    return best
