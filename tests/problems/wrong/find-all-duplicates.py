# verdict: wrong_answer
# Cyclic sort that starts at slot 1, as if the values' 1-based homes meant 1-based slots: whatever
# first sits in slot 0 is only moved if some value is swapped into it, so a value can be left out
# of its home and a duplicate reported wrongly or missed.
def find_duplicates(nums):
    n = len(nums)
    i = 1
    while i < n:
        j = nums[i] - 1
        if nums[j] != nums[i]:
            nums[i], nums[j] = nums[j], nums[i]
        else:
            i += 1
    return [nums[i] for i in range(n) if nums[i] != i + 1]
