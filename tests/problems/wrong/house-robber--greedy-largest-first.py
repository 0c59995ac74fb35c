# verdict: wrong_answer
# Greedy: robs the richest house still allowed, rules out its neighbours, repeats. [3, 4, 3] takes
# the 4 and loses the two 3s.
def rob(nums):
    allowed = [True] * len(nums)
    total = 0
    for i in sorted(range(len(nums)), key=lambda i: -nums[i]):
        if allowed[i]:
            total += nums[i]
            for j in (i - 1, i + 1):
                if 0 <= j < len(nums):
                    allowed[j] = False
    return total
