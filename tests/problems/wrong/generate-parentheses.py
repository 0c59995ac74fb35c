# verdict: wrong_answer
# Builds each size from the one below by wrapping ("(s)") or adding "()" on either side, which
# misses strings like "(())(())" from n = 4 on.
def generate_parenthesis(n):
    level = {"()"}
    for _ in range(n - 1):
        level = {form for s in level for form in ("(" + s + ")", "()" + s, s + "()")}
    return sorted(level)
