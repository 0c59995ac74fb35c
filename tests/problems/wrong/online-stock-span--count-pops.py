# verdict: wrong_answer
# Keeps only prices on the stack and counts how many it pops, forgetting that each popped entry
# stood for a whole span of earlier days.
class StockSpanner:
    def __init__(self):
        self.stack = []

    def next(self, price):
        span = 1
        while self.stack and self.stack[-1] <= price:
            self.stack.pop()
            span += 1
        self.stack.append(price)
        return span
