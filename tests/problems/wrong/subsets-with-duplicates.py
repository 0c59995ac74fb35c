# verdict: wrong_answer
# skips a value equal to the previous one even at a deeper level (i > 0 instead of i > start), losing [2, 2]
def subsets_with_dup(nums):
    nums = sorted(nums)
    result = []
    path = []

    def backtrack(start):
        result.append(path[:])
        for i in range(start, len(nums)):
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            path.append(nums[i])
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result
