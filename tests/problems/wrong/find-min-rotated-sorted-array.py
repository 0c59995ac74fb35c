# verdict: wrong_answer
# Tests "is the left half sorted?" with nums[lo] <= nums[mid] and then always searches the right
# half, keeping the smallest middle seen; but when the whole range is sorted its minimum is
# nums[lo], which may never be a middle.
def find_min(nums):
    lo, hi = 0, len(nums) - 1
    best = nums[0]
    while lo <= hi:
        mid = (lo + hi) // 2
        best = min(best, nums[mid])
        if nums[lo] <= nums[mid]:
            lo = mid + 1
        else:
            hi = mid - 1
    return best
