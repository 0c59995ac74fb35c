# expect: accepted
# O(log n): the bisect module.
import bisect


def search(nums, target):
    i = bisect.bisect_left(nums, target)
    return i if i < len(nums) and nums[i] == target else -1
