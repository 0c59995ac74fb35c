# verdict: too_slow
# Keeps every added copy in a list and walks the whole list on each count: correct, but a count
# costs the number of calls so far rather than the number of distinct points.
from collections import Counter


class DetectSquares:
    def __init__(self):
        self.added = []
        self.copies = Counter()

    def add(self, point):
        self.added.append(tuple(point))
        self.copies[tuple(point)] += 1

    def count(self, point):
        x, y = point
        total = 0
        for px, py in self.added:
            if px != x and abs(px - x) == abs(py - y):
                total += self.copies[(x, py)] * self.copies[(px, y)]
        return total
