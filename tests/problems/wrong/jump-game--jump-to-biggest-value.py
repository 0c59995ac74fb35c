# verdict: wrong_answer
# Greedy: from each square jumps to the square in range holding the biggest value, not the one
# that reaches farthest (i + nums[i]), so a big value close by can beat a better pad further on.
def can_jump(nums):
    i, last = 0, len(nums) - 1
    while i + nums[i] < last:
        if nums[i] == 0:
            return False
        i = max(range(i + 1, i + nums[i] + 1), key=lambda j: nums[j])
    return True
