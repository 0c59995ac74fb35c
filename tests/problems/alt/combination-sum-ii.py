def combination_sum2(candidates, target):
    # group equal values, then decide how many copies of each distinct value to take
    counts = {}
    for c in candidates:
        counts[c] = counts.get(c, 0) + 1
    values = sorted(counts)
    result = []

    def go(k, remaining, path):
        if remaining == 0:
            result.append(list(path))
            return
        if k == len(values) or values[k] > remaining:
            return
        v = values[k]
        go(k + 1, remaining, path)
        taken = 0
        while taken < counts[v] and remaining - v * (taken + 1) >= 0:
            taken += 1
            go(k + 1, remaining - v * taken, path + [v] * taken)

    go(0, target, [])
    return result
