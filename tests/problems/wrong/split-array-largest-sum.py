# verdict: wrong_answer
# Starts the search at 0 instead of max(nums), and the piece count never notices a single value
# that is bigger than the cap, so caps below the largest value look feasible.
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

    lo, hi = 0, sum(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if pieces(mid) <= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
