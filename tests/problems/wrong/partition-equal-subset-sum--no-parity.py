# verdict: wrong_answer
# Never checks that the total is even: with an odd total it looks for total // 2, which may well
# be reachable, and answers True.
def can_partition(nums):
    half = sum(nums) // 2
    can = [True] + [False] * half
    for x in nums:
        for s in range(half, x - 1, -1):
            if can[s - x]:
                can[s] = True
    return can[half]
