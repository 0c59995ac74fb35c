def max_product(nums):
    # the best run never stops part-way between zeros except to drop a prefix or suffix
    # up to a negative entry: scan prefix products from both ends, restarting after a zero
    best = max(nums)
    for seq in (nums, nums[::-1]):
        prod = 1
        for x in seq:
            prod = x if prod == 0 else prod * x
            best = max(best, prod)
    return best
