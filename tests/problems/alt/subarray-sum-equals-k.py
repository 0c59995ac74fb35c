from collections import Counter
from itertools import accumulate


def subarray_sum(nums, k):
    # a subarray (i, j] sums to k when prefix[j] - prefix[i] == k, for prefixes i < j
    prefixes = [0, *accumulate(nums)]
    count = 0
    earlier = Counter()
    for p in prefixes:
        count += earlier[p - k]
        earlier[p] += 1
    return count
