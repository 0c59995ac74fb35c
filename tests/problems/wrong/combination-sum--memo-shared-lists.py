# verdict: wrong_answer
# Memoizes the combinations for (start, remaining), but extends the memoized lists in place when
# building on them, so a later reuse of the same state sees values added for another caller.
def combination_sum(candidates, target):
    candidates = sorted(candidates)
    memo = {}

    def combos(start, remaining):
        if remaining == 0:
            return [[]]
        if (start, remaining) in memo:
            return memo[(start, remaining)]
        out = []
        for i in range(start, len(candidates)):
            c = candidates[i]
            if c > remaining:
                break
            for combo in combos(i, remaining - c):
                combo.append(c)
                out.append(combo)
        memo[(start, remaining)] = out
        return out

    return combos(0, target)
