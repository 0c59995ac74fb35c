def car_fleet(target, position, speed):
    # a stack of fleet arrival times, nearest the town first; compare times exactly by
    # cross-multiplying (target - p1) / v1 against (target - p2) / v2
    stack = []  # (distance, speed) of each fleet's slowest car
    for p, v in sorted(zip(position, speed), reverse=True):
        d = target - p
        if stack and d * stack[-1][1] <= stack[-1][0] * v:
            continue  # catches the fleet ahead at or before the town
        stack.append((d, v))
    return len(stack)
