# verdict: wrong_answer
# Keeps the current minimum and ONE previous minimum (the value it replaced) instead of a stack of
# them: after popping two minimums in a row it falls back to a value that is itself gone.
class MinStack:
    def __init__(self):
        self.values = []
        self.low = None
        self.prev_low = None

    def push(self, val):
        self.values.append(val)
        if self.low is None or val <= self.low:
            self.prev_low, self.low = self.low, val

    def pop(self):
        val = self.values.pop()
        if not self.values:
            self.low = self.prev_low = None
        elif val == self.low:
            self.low = self.prev_low

    def top(self):
        return self.values[-1]

    def get_min(self):
        return self.low
