# verdict: wrong_answer
# Division with a zero count that zeroes everything only for exactly two zeros; with three or more
# the zero slots get the product of the others as if there were one zero.
def product_except_self(nums):
    zeros = nums.count(0)
    if zeros == 2:
        return [0] * len(nums)
    nonzero = 1
    for x in nums:
        if x:
            nonzero *= x
    if zeros:
        return [0 if x else nonzero for x in nums]
    return [nonzero // x for x in nums]
