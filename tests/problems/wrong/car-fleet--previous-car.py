# verdict: wrong_answer
# Compares each car with the car just ahead of it instead of with that car's fleet, so after a
# fast car joins a slow fleet, the next car is measured against the fast car's time.
def car_fleet(target, position, speed):
    fleets, ahead = 0, -1.0
    for p, v in sorted(zip(position, speed), reverse=True):
        arrival = (target - p) / v
        if arrival > ahead:
            fleets += 1
        ahead = arrival
    return fleets
