# verdict: wrong_answer
# Memoizes the possible endings by the number of still-open brackets only, forgetting that the
# ending's length (how many brackets are left to place) belongs in the key too.
def generate_parenthesis(n):
    memo = {}

    def endings(opened, closed):
        if opened == n:
            return [")" * (n - closed)]
        key = opened - closed
        if key in memo:
            return memo[key]
        out = ["(" + e for e in endings(opened + 1, closed)]
        if closed < opened:
            out += [")" + e for e in endings(opened, closed + 1)]
        memo[key] = out
        return out

    return endings(0, 0)
