# verdict: too_slow
# Returns min(nums): right, but it looks at every element, O(n) where halving is O(log n).
def find_min(nums):
    return min(nums)
