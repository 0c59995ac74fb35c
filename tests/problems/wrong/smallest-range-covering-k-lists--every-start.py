# verdict: too_slow
# correct, but tries every value as the range's start and binary-searches every list for the
# first value at or after it: O(n * k * log) instead of O(n log k)
import bisect


def smallest_range(nums):
    best = None
    for start in sorted({v for lst in nums for v in lst}):
        end = start
        for lst in nums:
            p = bisect.bisect_left(lst, start)
            if p == len(lst):
                return best
            end = max(end, lst[p])
        if best is None or end - start < best[1] - best[0]:
            best = [start, end]
    return best
