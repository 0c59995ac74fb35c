def split_array(nums, k):
    # DP over prefixes with a monotone pointer: best[j][i] = answer for nums[:i] in j pieces.
    n = len(nums)
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    inf = float("inf")
    best = [prefix[i] for i in range(n + 1)]  # one piece
    for pieces in range(2, k + 1):
        nxt = [inf] * (n + 1)
        for i in range(pieces, n + 1):
            # the last piece is nums[j:i]; try every cut j (pieces - 1 <= j < i)
            for j in range(pieces - 1, i):
                cand = max(best[j], prefix[i] - prefix[j])
                if cand < nxt[i]:
                    nxt[i] = cand
        best = nxt
    return best[n]
