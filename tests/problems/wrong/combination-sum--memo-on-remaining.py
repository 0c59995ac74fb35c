# verdict: wrong_answer
# Remembers remaining amounts that led nowhere, keyed by the amount only: an amount that failed
# with only the larger candidates left is then skipped when the smaller ones could still reach it.
def combination_sum(candidates, target):
    candidates = sorted(candidates)
    result = []
    path = []
    dead = set()

    def backtrack(start, remaining):
        if remaining == 0:
            result.append(path[:])
            return True
        if remaining in dead:
            return False
        found = False
        for i in range(start, len(candidates)):
            c = candidates[i]
            if c > remaining:
                break
            path.append(c)
            found |= backtrack(i, remaining - c)
            path.pop()
        if not found:
            dead.add(remaining)
        return found

    backtrack(0, target)
    return result
