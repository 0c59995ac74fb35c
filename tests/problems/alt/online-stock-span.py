class StockSpanner:
    """Keep every price, and for each day a link to the previous day with a higher price."""

    def __init__(self):
        self.prices = []
        self.higher = []  # index of the previous strictly higher day, or -1

    def next(self, price):
        j = len(self.prices) - 1
        while j >= 0 and self.prices[j] <= price:
            j = self.higher[j]  # every day between higher[j] and j is at most prices[j]
        self.prices.append(price)
        self.higher.append(j)
        return len(self.prices) - 1 - j
