# verdict: wrong_answer
# swap-based backtracking that forgets to swap back, so later branches start from a scrambled list
def permute(nums):
    nums = list(nums)
    result = []

    def backtrack(first):
        if first == len(nums):
            result.append(nums[:])
            return
        for i in range(first, len(nums)):
            nums[first], nums[i] = nums[i], nums[first]
            backtrack(first + 1)

    backtrack(0)
    return result
