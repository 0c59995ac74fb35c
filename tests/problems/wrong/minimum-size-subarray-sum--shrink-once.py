# verdict: wrong_answer
# Shrinks the window by at most one element per step ("if" where a "while" is needed), so after a
# big value arrives the window keeps a tail it could have dropped.
def min_subarray_len(target, nums):
    best = 0
    total = left = 0
    for right, x in enumerate(nums):
        total += x
        if total - nums[left] >= target:
            total -= nums[left]
            left += 1
        if total >= target and (best == 0 or right - left + 1 < best):
            best = right - left + 1
    return best
