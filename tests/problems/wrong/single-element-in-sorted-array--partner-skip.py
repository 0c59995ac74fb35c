# verdict: wrong_answer
# Finds mid's partner with mid ^ 1 (right), but on a broken pair sets hi = mid - 1, stepping
# over mid when mid itself is the single value.
def single_non_duplicate(nums):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] == nums[mid ^ 1]:
            lo = mid + 1
        else:
            hi = mid - 1
    return nums[lo]
