# verdict: wrong_answer
# starts the best product at 0, which is wrong when every run has a negative product
def max_product(nums):
    hi = lo = 1
    best = 0
    for x in nums:
        candidates = (x, hi * x, lo * x)
        hi, lo = max(candidates), min(candidates)
        best = max(best, hi)
    return best
