def find_duplicate(nums):
    # binary search on the value: if more than m values are <= m, the repeat is <= m
    lo, hi = 1, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(1 for x in nums if x <= mid) > mid:
            hi = mid
        else:
            lo = mid + 1
    return lo
