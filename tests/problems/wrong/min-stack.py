# verdict: wrong_answer
# Keeps one running minimum and never restores it when the minimum is popped.
class MinStack:
    def __init__(self):
        self.values = []
        self.low = None

    def push(self, val):
        self.values.append(val)
        if self.low is None or val < self.low:
            self.low = val

    def pop(self):
        self.values.pop()
        if not self.values:
            self.low = None

    def top(self):
        return self.values[-1]

    def get_min(self):
        return self.low
