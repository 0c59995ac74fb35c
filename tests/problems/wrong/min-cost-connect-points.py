# verdict: wrong_answer
# Kruskal that sorts the candidate joins by straight-line (Euclidean) distance, math.dist, and
# then adds up their Manhattan lengths: the tree is the cheapest by the wrong measure.
import math


def min_cost_connect_points(points):
    n = len(points)
    edges = sorted(
        (math.dist(points[i], points[j]), i, j) for i in range(n) for j in range(i + 1, n)
    )
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for _, i, j in edges:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[ri] = rj
            total += abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
    return total
