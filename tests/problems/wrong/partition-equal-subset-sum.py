# verdict: wrong_answer
# Greedy: hands out the values from largest to smallest, each to the group with the smaller sum
# so far. [3, 3, 2, 2, 2] splits as 3 + 3 and 2 + 2 + 2, but the greedy ends with 7 against 5.
def can_partition(nums):
    a = b = 0
    for x in sorted(nums, reverse=True):
        if a <= b:
            a += x
        else:
            b += x
    return a == b
