# verdict: wrong_answer
# Walks the stored points in the query's column but never skips the query's own position, so a
# query at a stored point counts a "square" of side 0 made of copies of itself.
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
            if px != x:
                continue
            d = py - y
            for x2 in {x - d, x + d}:
                total += c * self.points[(x2, y)] * self.points[(x2, py)]
        return total
