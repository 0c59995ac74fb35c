# verdict: wrong_answer
# Checks that the total gas covers the total cost, then starts at the first station whose gas
# covers its own leg; a later deficit can still strand the car before it makes the gas back.
def can_complete_circuit(gas, cost):
    if sum(gas) < sum(cost):
        return -1
    for i in range(len(gas)):
        if gas[i] >= cost[i]:
            return i
    return -1
