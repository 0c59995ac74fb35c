# verdict: wrong_answer
# always starts on step 0, forgetting that step 1 is a free starting point too
def min_cost_climbing_stairs(cost):
    n = len(cost)
    best = [0] * n
    best[0] = cost[0]
    best[1] = cost[0] + cost[1]
    for i in range(2, n):
        best[i] = cost[i] + min(best[i - 1], best[i - 2])
    return min(best[-1], best[-2])
