# verdict: too_slow
# Sums every run from every start: right, but O(n^2) where Kadane's one pass is O(n).
def max_sub_array(nums):
    best = nums[0]
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total > best:
                best = total
    return best
