# verdict: wrong_answer
# Looks at the even-indexed pair at mid and, when it is broken, returns nums[mid] at once, though
# the single value may sit further left (mid then holds the first half of a shifted pair).
def single_non_duplicate(nums):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if mid % 2:
            mid -= 1
        if nums[mid] != nums[mid + 1]:
            return nums[mid]
        lo = mid + 2
    return nums[lo]
