# verdict: wrong_answer
# stores each value with a running minimum, but takes the minimum against the previous VALUE
# instead of the previous minimum, so an old small value is forgotten after two larger pushes
class MinStack:
    def __init__(self):
        self.items = []  # (value, minimum so far)

    def push(self, val):
        low = min(val, self.items[-1][0]) if self.items else val
        self.items.append((val, low))

    def pop(self):
        self.items.pop()

    def top(self):
        return self.items[-1][0]

    def get_min(self):
        return self.items[-1][1]
