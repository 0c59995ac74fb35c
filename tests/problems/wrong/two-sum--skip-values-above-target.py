# verdict: wrong_answer
# Skips any first value larger than the target ("it can only overshoot"), which is false once
# negative numbers can bring the sum back down.
def two_sum(nums, target):
    for i in range(len(nums)):
        if nums[i] > target:
            continue
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
