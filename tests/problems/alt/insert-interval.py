def insert(intervals, new_interval):
    merged = []
    for s, e in sorted(intervals + [new_interval]):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged
