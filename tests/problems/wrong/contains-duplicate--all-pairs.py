# verdict: too_slow
# Compares every pair of positions: correct, but O(n^2) where a set of seen values is O(n).
def contains_duplicate(nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                return True
    return False
