# verdict: too_slow
# Prefix sums, and for each end the smallest earlier prefix found by scanning them all: right,
# but O(n^2) where carrying the running minimum (or Kadane) is O(n).
def max_sub_array(nums):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    best = nums[0]
    for j in range(1, len(prefix)):
        best = max(best, prefix[j] - min(prefix[:j]))
    return best
