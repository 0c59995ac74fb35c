# verdict: too_slow
# Counts every value with list.count: correct, but O(n^2) where one pass (marking or a cyclic sort)
# is O(n).
def find_duplicates(nums):
    return sorted({x for x in nums if nums.count(x) == 2})
