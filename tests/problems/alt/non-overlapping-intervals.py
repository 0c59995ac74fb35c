def erase_overlap_intervals(intervals):
    # DP: best[i] = most intervals kept that end with interval i (sorted by end)
    ivs = sorted(intervals, key=lambda iv: iv[1])
    best = []
    for i, (s, e) in enumerate(ivs):
        best.append(1 + max([best[j] for j in range(i) if ivs[j][1] <= s], default=0))
    return len(ivs) - max(best)
