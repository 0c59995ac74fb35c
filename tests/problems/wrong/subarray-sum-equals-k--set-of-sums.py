# verdict: wrong_answer
# Keeps a set of the prefix sums seen instead of how many times each was seen, so a repeated
# prefix sum (after a zero or a cancelling run) is counted once.
def subarray_sum(nums, k):
    seen = {0}
    total = count = 0
    for x in nums:
        total += x
        if total - k in seen:
            count += 1
        seen.add(total)
    return count
