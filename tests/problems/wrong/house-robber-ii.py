# verdict: wrong_answer
# splits the circle into nums[1:] and nums[:-1] but forgets the single-house case, where both are empty
def rob(nums):
    def line(houses):
        skip, take = 0, 0
        for x in houses:
            skip, take = max(skip, take), skip + x
        return max(skip, take)

    return max(line(nums[1:]), line(nums[:-1]))
