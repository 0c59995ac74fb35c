# verdict: too_slow
# Cyclic sort that goes back to slot 0 after every swap: correct, but each restart rescans the
# settled prefix, O(n^2) where staying on the current slot is O(n).
def find_duplicates(nums):
    n = len(nums)
    i = 0
    while i < n:
        j = nums[i] - 1
        if nums[j] != nums[i]:
            nums[i], nums[j] = nums[j], nums[i]
            i = 0
        else:
            i += 1
    return [nums[i] for i in range(n) if nums[i] != i + 1]
