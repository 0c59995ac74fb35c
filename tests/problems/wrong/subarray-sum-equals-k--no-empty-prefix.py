# verdict: wrong_answer
# Counts prefix sums but never records the empty prefix (sum 0), so a subarray that starts at
# index 0 is missed.
def subarray_sum(nums, k):
    seen = {}
    total = count = 0
    for x in nums:
        total += x
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
