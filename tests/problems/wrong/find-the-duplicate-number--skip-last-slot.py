# verdict: wrong_answer
# Cyclic sort that moves each value v to slot v - 1, but only runs over the first n slots, then
# trusts the never-visited extra slot at the end to hold the repeat.
def find_duplicate(nums):
    n = len(nums) - 1
    i = 0
    while i < n:
        j = nums[i] - 1
        if nums[i] != nums[j]:
            nums[i], nums[j] = nums[j], nums[i]
        else:
            i += 1
    return nums[n]
