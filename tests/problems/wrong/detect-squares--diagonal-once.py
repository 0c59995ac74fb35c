# verdict: wrong_answer
# Picks each distinct stored point as the corner diagonal to the query and multiplies the copies
# of the two other corners, but forgets the copies of the diagonal corner itself.
from collections import Counter


class DetectSquares:
    def __init__(self):
        self.points = Counter()

    def add(self, point):
        self.points[tuple(point)] += 1

    def count(self, point):
        x, y = point
        total = 0
        for px, py in self.points:
            if px != x and abs(px - x) == abs(py - y):
                total += self.points.get((x, py), 0) * self.points.get((px, y), 0)
        return total
