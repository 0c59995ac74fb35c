def sort_colors(nums):
    counts = [0, 0, 0]
    for x in nums:
        counts[x] += 1
    nums[:] = [0] * counts[0] + [1] * counts[1] + [2] * counts[2]
    return nums
