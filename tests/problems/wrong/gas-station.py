# verdict: too_slow
# simulates the whole lap from every possible start: correct, but O(n^2) instead of one O(n) pass
def can_complete_circuit(gas, cost):
    n = len(gas)
    for start in range(n):
        tank = 0
        for k in range(n):
            i = (start + k) % n
            tank += gas[i] - cost[i]
            if tank < 0:
                break
        else:
            return start
    return -1
