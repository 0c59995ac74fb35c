# verdict: wrong_answer
# Starts with cheapest = None and tests `if not cheapest` for "nothing seen yet": once the
# cheapest price is 0, which is falsy, the next day's price replaces it as the cheapest.


def max_profit(prices):
    cheapest = None
    best = 0
    for price in prices:
        if not cheapest or price < cheapest:
            cheapest = price
        best = max(best, price - cheapest)
    return best
