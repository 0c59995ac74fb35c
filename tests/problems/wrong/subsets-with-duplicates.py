# verdict: wrong_answer
# Sorts by absolute value before skipping "a value equal to the previous one", but x and -x
# then interleave, so two copies of a value need not be neighbours and a repeat slips through.
def subsets_with_dup(nums):
    nums = sorted(nums, key=abs)
    result = []
    path = []

    def backtrack(start):
        result.append(path[:])
        for i in range(start, len(nums)):
            if i > start and nums[i] == nums[i - 1]:
                continue
            path.append(nums[i])
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result
