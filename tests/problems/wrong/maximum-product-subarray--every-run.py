# verdict: too_slow
# multiplies out every run from every start: correct, but O(n^2)
def max_product(nums):
    best = nums[0]
    for i in range(len(nums)):
        prod = 1
        for j in range(i, len(nums)):
            prod *= nums[j]
            best = max(best, prod)
    return best
