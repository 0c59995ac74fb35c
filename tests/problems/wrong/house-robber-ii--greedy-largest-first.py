# verdict: wrong_answer
# Greedy around the circle: robs the richest house still allowed, rules out its two neighbours
# (wrapping at the ends), repeats. Taking the richest house is not always part of the best plan.
def rob(nums):
    n = len(nums)
    allowed = [True] * n
    total = 0
    for i in sorted(range(n), key=lambda i: -nums[i]):
        if allowed[i]:
            total += nums[i]
            allowed[(i - 1) % n] = False
            allowed[(i + 1) % n] = False
    return total
