# verdict: wrong_answer
# returns the cost of standing on the last step, forgetting the top is also two steps past
# the one before it
def min_cost_climbing_stairs(cost):
    a, b = cost[0], cost[1]
    for c in cost[2:]:
        a, b = b, c + min(a, b)
    return b if len(cost) > 2 else min(a, b)
