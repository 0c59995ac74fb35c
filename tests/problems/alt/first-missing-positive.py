def first_missing_positive(nums):
    present = set(nums)
    k = 1
    while k in present:
        k += 1
    return k
