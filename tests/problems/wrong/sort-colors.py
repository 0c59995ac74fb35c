# verdict: wrong_answer
# Dutch national flag, but after swapping a 2 to the high end it looks again at the value
# swapped in only when that value is a 0, taking a swapped-in 2 for "already at the right end":
# that 2 stays in the middle.
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
            if nums[mid] != 0:
                mid += 1
        else:
            mid += 1
    return nums
