# verdict: too_slow
# Tries every start and extends a running sum to every end: correct, but O(n^2).
def subarray_sum(nums, k):
    count = 0
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total == k:
                count += 1
    return count
