# verdict: wrong_answer
# appends the shared `path` list instead of a copy, so every stored subset ends up empty
def subsets(nums):
    result = []
    path = []

    def backtrack(start):
        result.append(path)
        for i in range(start, len(nums)):
            path.append(nums[i])
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result
