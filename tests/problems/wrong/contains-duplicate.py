# verdict: wrong_answer
# Compares neighbours without sorting first, so two equal values apart from each other are missed.
def contains_duplicate(nums):
    return any(nums[i] == nums[i + 1] for i in range(len(nums) - 1))
