# verdict: too_slow
# Tries 0, 1, 2, ... and looks each one up in the list: correct, but O(n^2) where a sum, XOR or
# cyclic sort is O(n).
def missing_number(nums):
    for k in range(len(nums) + 1):
        if k not in nums:
            return k
    return len(nums)
