# verdict: wrong_answer
# greedily takes the longest jump every time; a shorter jump can land on a better launch pad
def can_jump(nums):
    i = 0
    while i < len(nums) - 1:
        if nums[i] == 0:
            return False
        i += nums[i]
    return True
