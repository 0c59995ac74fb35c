# verdict: wrong_answer
# greedily buys on the globally cheapest day, missing a bigger rise that happens before it
def max_profit(prices):
    buy = prices.index(min(prices))
    return max(prices[buy:]) - prices[buy]
