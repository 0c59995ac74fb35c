# verdict: wrong_answer
# Restarts every level from the first candidate and drops the repeated orderings by the SET of
# values used, which also merges different multisets: [2, 2, 2, 2, 2, 3] and [2, 2, 3, 3, 3] both
# use {2, 3}, so one of them is lost.
def combination_sum(candidates, target):
    seen = set()
    result = []
    path = []

    def backtrack(remaining):
        if remaining == 0:
            key = frozenset(path)
            if key not in seen:
                seen.add(key)
                result.append(sorted(path))
            return
        for c in candidates:
            if c <= remaining:
                path.append(c)
                backtrack(remaining - c)
                path.pop()

    backtrack(target)
    return result
