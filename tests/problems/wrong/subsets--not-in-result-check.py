# verdict: too_slow
# Guards every new subset with `not in result`, a scan of everything found so far: correct, but
# quadratic in the 2^n subsets.
def subsets(nums):
    result = [[]]
    for x in nums:
        for subset in list(result):
            new = [*subset, x]
            if new not in result:
                result.append(new)
    return result
