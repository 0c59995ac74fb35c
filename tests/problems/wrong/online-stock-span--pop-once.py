# verdict: wrong_answer
# Merges the span of the day on top of the stack but checks it only once ("if" where a "while"
# belongs), so older lower days are not reached.
class StockSpanner:
    def __init__(self):
        self.stack = []

    def next(self, price):
        span = 1
        if self.stack and self.stack[-1][0] <= price:
            span += self.stack.pop()[1]
        self.stack.append((price, span))
        return span
