def rob(nums):
    # one pass per choice for the first house, carrying that choice through the DP
    n = len(nums)
    best = 0
    for first_robbed in (False, True):
        # dp over (robbed previous?) with -inf for forbidden states
        neg = float("-inf")
        robbed, free = (nums[0], neg) if first_robbed else (neg, 0)
        for i in range(1, n):
            last = i == n - 1 and first_robbed and n > 1
            new_robbed = neg if last else free + nums[i]
            robbed, free = new_robbed, max(robbed, free)
        best = max(best, robbed, free)
    return best
