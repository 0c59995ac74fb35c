# verdict: wrong_answer
# Kruskal whose union links the two points (parent[i] = j) instead of their roots, so a point's old
# component is cut loose and a later edge can close a cycle or be skipped wrongly.
def min_cost_connect_points(points):
    n = len(points)
    edges = sorted(
        (abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]), i, j)
        for i in range(n)
        for j in range(i + 1, n)
    )
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    total = used = 0
    for d, i, j in edges:
        if find(i) != find(j):
            parent[i] = j
            total += d
            used += 1
            if used == n - 1:
                break
    return total
