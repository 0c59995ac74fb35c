# verdict: wrong_answer
# Turns the problem into counting subsets with sum (total + target) / 2, but never checks that
# total + target is even: with an odd value, integer division quietly rounds it down.
def find_target_sum_ways(nums, target):
    total = sum(nums)
    if abs(target) > total:
        return 0
    want = (total + target) // 2
    ways = [1] + [0] * want
    for x in nums:
        for s in range(want, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[want]
