def max_sub_array(nums):
    # best difference prefix[j] - min(prefix[i]) over i < j
    best = nums[0]
    prefix = 0
    lowest = 0
    for x in nums:
        prefix += x
        best = max(best, prefix - lowest)
        lowest = min(lowest, prefix)
    return best
