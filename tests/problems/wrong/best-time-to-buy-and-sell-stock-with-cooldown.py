# verdict: wrong_answer
# Counts the cooldown as two days: a buy after a sale on day j is only allowed from day j + 3.
def max_profit(prices):
    n = len(prices)
    best = [0] * (n + 3)  # best[i + 3]: best profit over days 0..i holding nothing
    buy = float("-inf")
    for i, p in enumerate(prices):
        buy = max(buy, best[i] - p)  # best[i] is the profit up to day i - 3
        best[i + 3] = max(best[i + 2], buy + p)
    return best[n + 2]
