# verdict: wrong_answer
# Treats +0 and -0 as the same choice, so each 0 in nums adds one way instead of doubling them.
from collections import Counter


def find_target_sum_ways(nums, target):
    sums = Counter({0: 1})
    for x in nums:
        nxt = Counter()
        for s, ways in sums.items():
            nxt[s + x] += ways
            if x != 0:
                nxt[s - x] += ways
        sums = nxt
    return sums[target]
