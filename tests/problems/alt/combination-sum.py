def combination_sum(candidates, target):
    # table of combinations per amount, building with one candidate at a time (no reordering)
    table = [[] for _ in range(target + 1)]
    table[0] = [[]]
    for c in candidates:
        for t in range(c, target + 1):
            table[t] += [combo + [c] for combo in table[t - c]]
    return table[target]
