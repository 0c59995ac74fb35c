# verdict: too_slow
# Keeps every price and walks back day by day on each call: O(n) per call, O(n^2) in all.
class StockSpanner:
    def __init__(self):
        self.prices = []

    def next(self, price):
        self.prices.append(price)
        span = 0
        for p in reversed(self.prices):
            if p > price:
                break
            span += 1
        return span
