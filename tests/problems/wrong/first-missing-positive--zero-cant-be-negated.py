# verdict: wrong_answer
# Marks "value v seen" by making slot v - 1 negative, but first turns the useless values into 0
# instead of n + 1: a slot holding 0 cannot carry the minus sign, so its value looks missing.


def first_missing_positive(nums):
    n = len(nums)
    for i in range(n):
        if nums[i] <= 0 or nums[i] > n:
            nums[i] = 0
    for i in range(n):
        v = abs(nums[i])
        if 1 <= v <= n:
            nums[v - 1] = -abs(nums[v - 1])
    for i in range(n):
        if nums[i] >= 0:
            return i + 1
    return n + 1
