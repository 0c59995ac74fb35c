# verdict: too_slow
# avoids the built-in sort with a bubble sort: correct, but O(n^2) instead of one pass
def sort_colors(nums):
    n = len(nums)
    for end in range(n - 1, 0, -1):
        swapped = False
        for i in range(end):
            if nums[i] > nums[i + 1]:
                nums[i], nums[i + 1] = nums[i + 1], nums[i]
                swapped = True
        if not swapped:
            break
    return nums
