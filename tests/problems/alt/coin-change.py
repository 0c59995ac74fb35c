def coin_change(coins, amount):
    # BFS over amounts still to pay: the first time 0 is reached uses the fewest coins
    if amount == 0:
        return 0
    seen = {amount}
    frontier = [amount]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        for left in frontier:
            for c in coins:
                rest = left - c
                if rest == 0:
                    return steps
                if rest > 0 and rest not in seen:
                    seen.add(rest)
                    nxt.append(rest)
        frontier = nxt
    return -1
