# verdict: wrong_answer
# scans prefix products from both ends but never restarts after a zero, so everything past a 0
# is stuck at 0
def max_product(nums):
    best = nums[0]
    for seq in (nums, nums[::-1]):
        prod = 1
        for x in seq:
            prod *= x
            best = max(best, prod)
    return best
