# verdict: wrong_answer
# Greedy: from each square jumps to the square in range with the biggest jump LENGTH (the
# farther one on a tie), instead of the one whose reach i + nums[i] is farthest.


def jump(nums):
    last = len(nums) - 1
    pos, jumps = 0, 0
    while pos < last:
        jumps += 1
        if pos + nums[pos] >= last:
            break
        best = pos + 1
        for j in range(pos + 1, pos + nums[pos] + 1):
            if nums[j] >= nums[best]:
                best = j
        pos = best
    return jumps
