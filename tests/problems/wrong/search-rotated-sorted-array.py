# verdict: wrong_answer
# In the "left half is sorted" branch it checks nums[0] <= target < nums[mid], with the first
# element of the whole list where the range's own first, nums[lo], belongs: once lo has moved
# into the rotated tail, nums[0] is above everything there and the target's half is missed.
def search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[0] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
