# verdict: wrong_answer
# Assumes the cars are listed from the back of the road to the front and never sorts them.
def car_fleet(target, position, speed):
    fleets, slowest = 0, -1.0
    for p, v in reversed(list(zip(position, speed))):
        arrival = (target - p) / v
        if arrival > slowest:
            fleets += 1
            slowest = arrival
    return fleets
