# verdict: wrong_answer
# Runs Kruskal on each point's three nearest neighbours only, assuming the tree never needs a
# longer join; two far-apart groups of points then never get joined.
def min_cost_connect_points(points):
    n = len(points)

    def dist(i, j):
        return abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])

    edges = set()
    for i in range(n):
        near = sorted((j for j in range(n) if j != i), key=lambda j: dist(i, j))[:3]
        for j in near:
            edges.add((dist(i, j), min(i, j), max(i, j)))
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    total = 0
    for d, i, j in sorted(edges):
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[ri] = rj
            total += d
    return total
