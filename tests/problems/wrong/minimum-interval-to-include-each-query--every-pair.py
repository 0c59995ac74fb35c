# verdict: too_slow
# correct, but scans every interval for every query: O(n * m)
def min_interval(intervals, queries):
    out = []
    for q in queries:
        best = -1
        for left, right in intervals:
            if left <= q <= right and (best == -1 or right - left + 1 < best):
                best = right - left + 1
        out.append(best)
    return out
