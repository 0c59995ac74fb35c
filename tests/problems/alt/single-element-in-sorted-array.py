def single_non_duplicate(nums):
    # search over pair indices: pair p (nums[2p], nums[2p + 1]) is intact exactly when p comes
    # before the single value
    lo, hi = 0, len(nums) // 2  # the single value starts pair number lo after the search
    while lo < hi:
        p = (lo + hi) // 2
        if nums[2 * p] == nums[2 * p + 1]:
            lo = p + 1
        else:
            hi = p
    return nums[2 * lo]
