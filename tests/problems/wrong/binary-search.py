# verdict: too_slow
# Walks the list from the left: right answers, but O(n) where halving the range is O(log n).
def search(nums, target):
    for i in range(len(nums)):
        if nums[i] == target:
            return i
        if nums[i] > target:
            return -1
    return -1
