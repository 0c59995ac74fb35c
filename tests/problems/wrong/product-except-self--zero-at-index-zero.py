# verdict: wrong_answer
# Division with a zero count, but finds the lone zero with `if where:`, so a zero at index 0 reads
# as "no zero" and the other slots get a product that should be 0.
def product_except_self(nums):
    zeros = nums.count(0)
    if zeros > 1:
        return [0] * len(nums)
    nonzero = 1
    for x in nums:
        if x:
            nonzero *= x
    where = nums.index(0) if zeros else None
    if where:
        answer = [0] * len(nums)
        answer[where] = nonzero
        return answer
    return [nonzero // x if x else 0 for x in nums]
