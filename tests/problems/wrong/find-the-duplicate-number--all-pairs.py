# verdict: too_slow
# Compares every pair of positions until two hold the same value: correct, but O(n^2).
def find_duplicate(nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                return nums[i]
    raise ValueError("no repeat")
