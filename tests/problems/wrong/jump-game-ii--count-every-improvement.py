# verdict: wrong_answer
# Counts a jump whenever the farthest reach grows, instead of once per layer of squares, so two
# improvements found within the same layer cost two jumps.
def jump(nums):
    jumps, farthest = 0, 0
    for i in range(len(nums) - 1):
        if i + nums[i] > farthest:
            farthest = i + nums[i]
            jumps += 1
        if farthest >= len(nums) - 1:
            break
    return jumps
