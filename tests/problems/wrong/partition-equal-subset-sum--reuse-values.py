# verdict: wrong_answer
# Fills the one-row table with sums in increasing order, so a value placed at s - x is used
# again at s: each number may be taken many times (unbounded knapsack).
def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    can = [True] + [False] * half
    for x in nums:
        for s in range(x, half + 1):
            if can[s - x]:
                can[s] = True
    return can[half]
