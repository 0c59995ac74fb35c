# verdict: wrong_answer
# Rules out a target above the total but not one below minus the total: the subset sum it asks
# for is then negative, and ways[negative] reads the table from its far end.
def find_target_sum_ways(nums, target):
    total = sum(nums)
    if target > total or (total + target) % 2:
        return 0
    want = (total + target) // 2
    ways = [1] + [0] * want
    for x in nums:
        for s in range(want, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[want]
