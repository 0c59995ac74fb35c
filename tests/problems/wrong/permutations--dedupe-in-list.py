# verdict: too_slow
# Guards each finished ordering with `not in result`, a scan of every ordering found so far:
# correct, but quadratic in the n! orderings.
def permute(nums):
    result = []
    path = []

    def backtrack():
        if len(path) == len(nums):
            if path not in result:
                result.append(path[:])
            return
        for x in nums:
            if x not in path:
                path.append(x)
                backtrack()
                path.pop()

    backtrack()
    return result
