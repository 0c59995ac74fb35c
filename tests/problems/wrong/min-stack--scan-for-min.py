# verdict: too_slow
# correct, but get_min scans the whole stack with min(): O(n) per call instead of O(1)
class MinStack:
    def __init__(self):
        self.items = []

    def push(self, val):
        self.items.append(val)

    def pop(self):
        self.items.pop()

    def top(self):
        return self.items[-1]

    def get_min(self):
        return min(self.items)
