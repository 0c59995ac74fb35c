# verdict: too_slow
# can[i] = some earlier reachable square jumps far enough: right, but each square scans all the
# squares before it, O(n^2) where one running "farthest reach" is O(n).
def can_jump(nums):
    can = [True] + [False] * (len(nums) - 1)
    for i in range(1, len(nums)):
        can[i] = any(can[j] and j + nums[j] >= i for j in range(i))
    return can[-1]
