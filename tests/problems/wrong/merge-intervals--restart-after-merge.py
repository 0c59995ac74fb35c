# verdict: too_slow
# correct, but after every merge of two neighbours it starts scanning again from the first
# interval: O(n) per merge, O(n^2) in all
def merge(intervals):
    out = sorted(list(iv) for iv in intervals)
    merged_any = True
    while merged_any:
        merged_any = False
        for i in range(len(out) - 1):
            if out[i + 1][0] <= out[i][1]:
                out[i][1] = max(out[i][1], out[i + 1][1])
                del out[i + 1]
                merged_any = True
                break
    return out
