# verdict: wrong_answer
# Tries only two greedy trades: buy at the overall cheapest day and sell at the best day after it,
# or sell at the overall dearest day after the cheapest day before it. The best trade may use
# neither extreme.
def max_profit(prices):
    low = prices.index(min(prices))
    high = prices.index(max(prices))
    from_low = max(prices[low:]) - prices[low]
    to_high = prices[high] - min(prices[: high + 1])
    return max(from_low, to_high)
