# verdict: wrong_answer
# Looks for a window whose sum is exactly target instead of at least target.
def min_subarray_len(target, nums):
    best = 0
    total = left = 0
    for right, x in enumerate(nums):
        total += x
        while total > target:
            total -= nums[left]
            left += 1
        if total == target and (best == 0 or right - left + 1 < best):
            best = right - left + 1
    return best
