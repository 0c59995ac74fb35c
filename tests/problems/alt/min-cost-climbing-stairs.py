def min_cost_climbing_stairs(cost):
    # best[i] = the least cost from stepping on step i to the top, filled from the top down
    n = len(cost)
    best = [0] * (n + 2)
    for i in range(n - 1, -1, -1):
        best[i] = cost[i] + min(best[i + 1], best[i + 2])
    return min(best[0], best[1])
