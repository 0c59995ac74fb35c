# verdict: too_slow
# Walks the list for the one place where a value is smaller than the one before it: right, but
# O(n) where comparing the middle with the right end halves the range each step.
def find_min(nums):
    for i in range(1, len(nums)):
        if nums[i] < nums[i - 1]:
            return nums[i]
    return nums[0]
