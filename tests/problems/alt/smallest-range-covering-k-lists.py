import bisect


def smallest_range(nums):
    # brute force: the best range starts at some value a; for each list take its first value >= a
    best = None
    for a in sorted({v for lst in nums for v in lst}):
        b = a
        for lst in nums:
            i = bisect.bisect_left(lst, a)
            if i == len(lst):
                break
            b = max(b, lst[i])
        else:
            if best is None or (b - a, a) < (best[1] - best[0], best[0]):
                best = [a, b]
    return best
