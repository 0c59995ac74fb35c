def rob(nums):
    # best[i] = best total using houses i.. (top-down reasoning, filled from the right)
    n = len(nums)
    best = [0] * (n + 2)
    for i in range(n - 1, -1, -1):
        best[i] = max(best[i + 1], nums[i] + best[i + 2])
    return best[0]
