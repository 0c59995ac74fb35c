# verdict: wrong_answer
# Checks that the total gas covers the total cost, then starts at the station with the biggest
# gas - cost surplus; the surplus there can still run out before the stations that pay it back.
def can_complete_circuit(gas, cost):
    if sum(gas) < sum(cost):
        return -1
    gains = [g - c for g, c in zip(gas, cost, strict=True)]
    return gains.index(max(gains))
