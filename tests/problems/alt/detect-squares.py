from collections import Counter


class DetectSquares:
    def __init__(self):
        self.points = Counter()

    def add(self, point):
        self.points[tuple(point)] += 1

    def count(self, point):
        # pick the corner diagonally opposite the query, then look up the other two
        x, y = point
        total = 0
        for (px, py), c in self.points.items():
            if px != x and abs(px - x) == abs(py - y):
                total += c * self.points.get((x, py), 0) * self.points.get((px, y), 0)
        return total
