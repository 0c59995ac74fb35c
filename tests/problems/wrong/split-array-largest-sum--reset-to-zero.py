# verdict: wrong_answer
# When a value does not fit, starts the new piece with a running sum of 0 instead of that value,
# so the value that forced the cut is never counted.
def split_array(nums, k):
    def pieces(cap):
        count, current = 1, 0
        for x in nums:
            if current + x > cap:
                count += 1
                current = 0
            else:
                current += x
        return count

    lo, hi = max(nums), sum(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if pieces(mid) <= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
