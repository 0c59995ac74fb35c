# verdict: wrong_answer
# Moves the upper end to mid - 1 when mid works, so a feasible mid that was the answer can be
# skipped over.
def split_array(nums, k):
    def pieces(cap):
        count, current = 1, 0
        for x in nums:
            if current + x > cap:
                count += 1
                current = x
            else:
                current += x
        return count

    lo, hi = max(nums), sum(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if pieces(mid) <= k:
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
