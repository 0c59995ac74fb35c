# verdict: too_slow
# Builds all 2^n picks and drops repeats with a `not in` scan of the result list: correct, but
# quadratic in the number of subsets.
def subsets_with_dup(nums):
    nums = sorted(nums)
    result = [[]]
    for x in nums:
        for subset in list(result):
            new = [*subset, x]
            if new not in result:
                result.append(new)
    return result
