# expect: too_slow
# O(n) where O(log n) is expected: a scan from the left.
def search(nums, target):
    for i, x in enumerate(nums):
        if x == target:
            return i
    return -1
