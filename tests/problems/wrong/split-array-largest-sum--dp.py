# verdict: too_slow
# Dynamic programming over (pieces, prefix) trying every last cut: correct, but O(k * n^2).
def split_array(nums, k):
    n = len(nums)
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    best = [prefix[i] for i in range(n + 1)]
    for pieces in range(2, k + 1):
        nxt = [float("inf")] * (n + 1)
        for i in range(pieces, n + 1):
            for j in range(pieces - 1, i):
                nxt[i] = min(nxt[i], max(best[j], prefix[i] - prefix[j]))
        best = nxt
    return best[n]
