# verdict: too_slow
# Decides for each car whether it leads a fleet by scanning every car ahead of it: O(n^2).
def car_fleet(target, position, speed):
    times = [(target - p) / v for p, v in zip(position, speed)]
    fleets = 0
    for i in range(len(position)):
        ahead = [times[j] for j in range(len(position)) if position[j] > position[i]]
        if not ahead or times[i] > max(ahead):
            fleets += 1
    return fleets
