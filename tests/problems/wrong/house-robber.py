# verdict: wrong_answer
# assumes the best plan robs every other house: the better of the even and the odd positions
def rob(nums):
    return max(sum(nums[0::2]), sum(nums[1::2]))
