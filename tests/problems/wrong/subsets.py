# verdict: wrong_answer
# Memoises the answer by sum(nums), a cheap key taken for "the same list": a later list with
# the same sum gets the earlier list's subsets.
_memo = {}


def subsets(nums):
    key = sum(nums)
    if key not in _memo:
        result = [[]]
        for x in nums:
            result += [[*s, x] for s in result]
        _memo[key] = result
    return [list(s) for s in _memo[key]]
