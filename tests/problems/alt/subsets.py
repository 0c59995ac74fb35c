def subsets(nums):
    # every bitmask of len(nums) bits picks one subset
    n = len(nums)
    return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
