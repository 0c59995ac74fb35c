# verdict: too_slow
# Scans the list for the target: right, but O(n) where a binary search that picks the sorted half
# is O(log n).
def search(nums, target):
    for i, x in enumerate(nums):
        if x == target:
            return i
    return -1
