# verdict: wrong_answer
# Splits the circle into nums[1:] and nums[:-1] correctly, but each line's table starts with
# best[1] = houses[1] instead of max(houses[0], houses[1]), so a richer first house is forgotten.
def rob(nums):
    if len(nums) == 1:
        return nums[0]

    def line(houses):
        if len(houses) == 1:
            return houses[0]
        best = [houses[0], houses[1]]
        for x in houses[2:]:
            best.append(max(best[-1], best[-2] + x))
        return best[-1]

    return max(line(nums[1:]), line(nums[:-1]))
