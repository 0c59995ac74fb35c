# verdict: wrong_answer
# Subtracts 1 + 2 + ... + n from the sum, which is only right when the repeat occurs exactly twice
# and no value is missing.
def find_duplicate(nums):
    n = len(nums) - 1
    return sum(nums) - n * (n + 1) // 2
