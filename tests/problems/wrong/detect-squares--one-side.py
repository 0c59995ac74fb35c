# verdict: wrong_answer
# Finds the vertical side through the query, but only looks for the square to its right.
from collections import Counter


class DetectSquares:
    def __init__(self):
        self.points = Counter()

    def add(self, point):
        self.points[tuple(point)] += 1

    def count(self, point):
        x, y = point
        total = 0
        for (px, py), c in list(self.points.items()):
            if px == x and py != y:
                d = abs(py - y)
                total += c * self.points[(x + d, y)] * self.points[(x + d, py)]
        return total
