# verdict: wrong_answer
# after swapping a 2 to the high end it advances mid too, so the value swapped in is never examined
def sort_colors(nums):
    low, mid, high = 0, 0, len(nums) - 1
    while mid <= high:
        if nums[mid] == 0:
            nums[low], nums[mid] = nums[mid], nums[low]
            low += 1
            mid += 1
        elif nums[mid] == 2:
            nums[mid], nums[high] = nums[high], nums[mid]
            high -= 1
            mid += 1
        else:
            mid += 1
    return nums
