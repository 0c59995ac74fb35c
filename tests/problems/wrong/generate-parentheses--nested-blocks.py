# verdict: wrong_answer
# Only strings glued from fully nested blocks like "(())" and "()": misses "(()())".
def generate_parenthesis(n):
    if n == 0:
        return [""]
    out = set()
    for k in range(1, n + 1):
        for rest in generate_parenthesis(n - k):
            out.add("(" * k + ")" * k + rest)
    return sorted(out)
