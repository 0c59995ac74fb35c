# verdict: wrong_answer
# restarts every level from the first candidate, so [2, 2, 3], [2, 3, 2] and [3, 2, 2] all get listed
def combination_sum(candidates, target):
    result = []
    path = []

    def backtrack(remaining):
        if remaining == 0:
            result.append(path[:])
            return
        for c in candidates:
            if c <= remaining:
                path.append(c)
                backtrack(remaining - c)
                path.pop()

    backtrack(target)
    return result
