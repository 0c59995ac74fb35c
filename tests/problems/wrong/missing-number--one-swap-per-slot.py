# verdict: wrong_answer
# Cyclic sort with a for loop that makes at most one swap per slot, so the value swapped in is
# never placed and a later slot can be left holding the wrong value.
def missing_number(nums):
    n = len(nums)
    for i in range(n):
        j = nums[i]
        if j < n and nums[j] != j:
            nums[i], nums[j] = nums[j], nums[i]
    for i, x in enumerate(nums):
        if x != i:
            return i
    return n
