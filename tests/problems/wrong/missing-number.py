# verdict: wrong_answer
# cyclic sort, but when every index 0..n-1 holds its own value it forgets the answer is n itself
def missing_number(nums):
    n = len(nums)
    i = 0
    while i < n:
        j = nums[i]
        if j < n and nums[j] != j:
            nums[i], nums[j] = nums[j], nums[i]
        else:
            i += 1
    for i, x in enumerate(nums):
        if x != i:
            return i
    return 0
