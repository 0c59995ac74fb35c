# verdict: runtime_error
# Cyclic sort whose range check is `0 <= j <= n`: the value n + 1 slips through and is swapped
# into slot n, one past the end of the list.
def first_missing_positive(nums):
    n = len(nums)
    i = 0
    while i < n:
        j = nums[i] - 1
        if 0 <= j <= n and nums[j] != nums[i]:
            nums[i], nums[j] = nums[j], nums[i]
        else:
            i += 1
    for i in range(n):
        if nums[i] != i + 1:
            return i + 1
    return n + 1
