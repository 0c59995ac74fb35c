# verdict: wrong_answer
# Tests the middle value with `is` instead of `==`: CPython shares the int objects from -5 to
# 256, so small values compare right, but a target outside that range is never "found".


def search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] is target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
