# verdict: too_slow
# correct, but finds the longest chain of non-overlapping intervals with a DP that looks back at
# every earlier interval: O(n^2) instead of O(n log n)
def erase_overlap_intervals(intervals):
    ivs = sorted(intervals)
    best = [1] * len(ivs)
    for i in range(len(ivs)):
        for j in range(i):
            if ivs[j][1] <= ivs[i][0] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return len(ivs) - max(best)
