# verdict: wrong_answer
# Rounds each arrival time down with integer division, so a car arriving at 5.5 hours looks as if
# it catches a fleet arriving at 5.
def car_fleet(target, position, speed):
    fleets, slowest = 0, -1
    for p, v in sorted(zip(position, speed), reverse=True):
        arrival = (target - p) // v
        if arrival > slowest:
            fleets += 1
            slowest = arrival
    return fleets
