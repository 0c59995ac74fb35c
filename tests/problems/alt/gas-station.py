def can_complete_circuit(gas, cost):
    # start just after the point where the running balance is lowest
    n = len(gas)
    if sum(gas) < sum(cost):
        return -1
    balance, lowest, where = 0, 0, 0
    for i in range(n):
        balance += gas[i] - cost[i]
        if balance < lowest:
            lowest, where = balance, i + 1
    return where % n
