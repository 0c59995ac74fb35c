# verdict: wrong_answer
# Goes toward the half with an odd length but ignores which neighbour nums[mid] is paired with,
# so it cuts a pair in two.
def single_non_duplicate(nums):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] != nums[mid - 1] and nums[mid] != nums[mid + 1]:
            return nums[mid]
        if (mid - lo) % 2:
            lo = mid + 1
        else:
            hi = mid - 1
    return nums[lo]
