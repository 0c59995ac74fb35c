# verdict: too_slow
# best[i] = nums[i] + the best of every house at least two back: right, but each step scans all
# earlier houses, O(n^2) where carrying two running totals is O(n).
def rob(nums):
    best = []
    for i, x in enumerate(nums):
        best.append(x + max(best[: max(0, i - 1)], default=0))
    return max(best)
