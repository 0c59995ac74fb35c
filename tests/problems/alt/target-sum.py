from collections import Counter


def find_target_sum_ways(nums, target):
    # every reachable running sum, with the number of sign choices reaching it
    sums = Counter({0: 1})
    for x in nums:
        nxt = Counter()
        for s, ways in sums.items():
            nxt[s + x] += ways
            nxt[s - x] += ways
        sums = nxt
    return sums[target]
