# verdict: wrong_answer
# compares the middle with the FIRST element, which cannot tell a sorted range from a rotated one
def find_min(nums):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] >= nums[lo]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
