# verdict: too_slow
# Breaks the circle at every house in turn and solves each line: right, since the best plan skips
# some house, but n line solutions of O(n) each is O(n^2) where two are enough.
def rob(nums):
    if len(nums) == 1:
        return nums[0]

    def line(houses):
        skip = take = 0
        for x in houses:
            skip, take = max(skip, take), skip + x
        return max(skip, take)

    return max(line(nums[k + 1 :] + nums[:k]) for k in range(len(nums)))
