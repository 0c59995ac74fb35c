def product_except_self(nums):
    zeros = nums.count(0)
    if zeros > 1:
        return [0] * len(nums)
    total = 1
    for x in nums:
        if x != 0:
            total *= x
    if zeros == 1:
        return [total if x == 0 else 0 for x in nums]
    return [total // x for x in nums]
