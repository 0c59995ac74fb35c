# verdict: wrong_answer
# Sorts and binary-searches the pairs (mid moved to the even start of its pair). When the pair
# at mid does not match, it sets hi = mid - 2, as if the pair at mid could not hold the single
# value; it can, at mid itself.
def single_number(nums):
    nums = sorted(nums)
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        mid -= mid % 2
        if nums[mid] == nums[mid + 1]:
            lo = mid + 2
        else:
            hi = mid - 2
    return nums[lo]
