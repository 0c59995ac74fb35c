# verdict: too_slow
# no sorting: every new interval is compared with every merged interval so far, O(n^2)
def merge(intervals):
    merged = []
    for start, end in intervals:
        keep = []
        for s, e in merged:
            if s <= end and start <= e:
                start, end = min(start, s), max(end, e)
            else:
                keep.append([s, e])
        keep.append([start, end])
        merged = keep
    return sorted(merged)
