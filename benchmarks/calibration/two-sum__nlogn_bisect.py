# expect: accepted
# O(n log n): sort (value, index) pairs, binary-search each complement.
import bisect


def two_sum(nums, target):
    pairs = sorted((x, i) for i, x in enumerate(nums))
    values = [x for x, _ in pairs]
    for k, (x, i) in enumerate(pairs):
        m = bisect.bisect_left(values, target - x, k + 1)
        if m < len(values) and values[m] == target - x:
            return sorted([i, pairs[m][1]])
