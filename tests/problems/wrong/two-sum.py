# verdict: too_slow
# Checks every pair with nested loops: correct, but O(n^2) where one pass with a dict is O(n).
def two_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
