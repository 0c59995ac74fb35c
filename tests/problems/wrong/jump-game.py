# verdict: wrong_answer
# Keeps the farthest reach over every square but forgets to stop at a square it cannot reach, so a
# long jump from a square beyond a dead end still counts: [0, 5, 1] looks reachable.
def can_jump(nums):
    reach = 0
    for i in range(len(nums) - 1):
        reach = max(reach, i + nums[i])
    return reach >= len(nums) - 1
