# verdict: too_slow
# Prim's algorithm without a best-distance array: every step looks at every pair of a point in
# the tree and a point outside it for the cheapest join. Right, but O(n^3) instead of O(n^2).


def min_cost_connect_points(points):
    n = len(points)
    in_tree = [False] * n
    in_tree[0] = True
    total = 0
    for _ in range(n - 1):
        best, pick = None, -1
        for i in range(n):
            if not in_tree[i]:
                continue
            xi, yi = points[i]
            for j in range(n):
                if in_tree[j]:
                    continue
                d = abs(xi - points[j][0]) + abs(yi - points[j][1])
                if best is None or d < best:
                    best, pick = d, j
        in_tree[pick] = True
        total += best
    return total
