# verdict: wrong_answer
# greedy: starts on the cheaper of the first two steps and always moves to the cheaper next step
def min_cost_climbing_stairs(cost):
    i = 0 if cost[0] <= cost[1] else 1
    total = cost[i]
    while i + 2 < len(cost):
        i = i + 1 if cost[i + 1] <= cost[i + 2] else i + 2
        total += cost[i]
    return total
