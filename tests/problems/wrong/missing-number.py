# verdict: wrong_answer
# Marks each value x seen by negating nums[x] (the trick from "find all duplicates"), then takes
# the first slot still positive; but 0 has no sign, so a missing slot that holds the value 0
# looks marked and is skipped.
def missing_number(nums):
    n = len(nums)
    for x in nums:
        j = abs(x)
        if j < n:
            nums[j] = -nums[j]
    for i in range(n):
        if nums[i] > 0:
            return i
    return n
