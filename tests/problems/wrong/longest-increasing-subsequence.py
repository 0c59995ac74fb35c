# verdict: too_slow
# the textbook O(n^2) DP (best[i] = 1 + max best[j] over smaller earlier values): correct, but quadratic
def length_of_lis(nums):
    best = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
