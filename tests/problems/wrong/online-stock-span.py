# verdict: wrong_answer
# Pops only days with a strictly lower price, so a day at the same price stops the span.
class StockSpanner:
    def __init__(self):
        self.stack = []

    def next(self, price):
        span = 1
        while self.stack and self.stack[-1][0] < price:
            span += self.stack.pop()[1]
        self.stack.append((price, span))
        return span
