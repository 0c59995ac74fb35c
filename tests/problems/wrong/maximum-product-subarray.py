# verdict: wrong_answer
# Kadane's rule for sums carried over to products: keeps only the largest product ending here,
# so two negatives can never cancel
def max_product(nums):
    hi = best = nums[0]
    for x in nums[1:]:
        hi = max(x, hi * x)
        best = max(best, hi)
    return best
