def max_profit(prices):
    # best[i]: best profit using days 0..i-1 and holding nothing at the end of day i-1
    n = len(prices)
    best = [0] * (n + 1)
    buy = float("-inf")  # max over buy days j of (best profit before the cooldown) - prices[j]
    for i, p in enumerate(prices):
        # buying on day i needs the last sale on day i-2 or earlier: best[i - 1] covers it
        buy = max(buy, (best[i - 1] if i >= 1 else 0) - p)
        best[i + 1] = max(best[i], buy + p)
    return best[n]
