# verdict: too_slow
# Looks each complement up with list.index on the rest of the list: correct, but every lookup scans
# the list, O(n^2) where a dict of seen values is O(n).
def two_sum(nums, target):
    for i, x in enumerate(nums):
        try:
            return [i, nums.index(target - x, i + 1)]
        except ValueError:
            pass
    return []
