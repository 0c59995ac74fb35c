# verdict: too_slow
# From every start, adds values until the sum reaches target: correct, but O(n^2) when the
# windows are long.
def min_subarray_len(target, nums):
    best = 0
    for start in range(len(nums)):
        total = 0
        for end in range(start, len(nums)):
            total += nums[end]
            if total >= target:
                if best == 0 or end - start + 1 < best:
                    best = end - start + 1
                break
    return best
