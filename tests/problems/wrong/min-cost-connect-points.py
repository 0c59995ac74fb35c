# verdict: wrong_answer
# greedy chain: always joins the point nearest to the LAST point added, instead of nearest to the whole tree
def min_cost_connect_points(points):
    n = len(points)
    used = [False] * n
    used[0] = True
    current = 0
    total = 0
    for _ in range(n - 1):
        cx, cy = points[current]
        nxt = min((j for j in range(n) if not used[j]),
                  key=lambda j: abs(cx - points[j][0]) + abs(cy - points[j][1]))
        total += abs(cx - points[nxt][0]) + abs(cy - points[nxt][1])
        used[nxt] = True
        current = nxt
    return total
