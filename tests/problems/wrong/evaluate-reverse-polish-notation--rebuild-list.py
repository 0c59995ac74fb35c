# verdict: too_slow
# Evaluates by rewriting the token list: finds the first operator and rebuilds the list with it
# and its two operands replaced by the result. Right, but every step copies the whole list:
# O(n^2) instead of one pass with a stack.


def eval_rpn(tokens):
    while len(tokens) > 1:
        i = 0
        while tokens[i] not in ("+", "-", "*", "/"):
            i += 1
        a, b, op = int(tokens[i - 2]), int(tokens[i - 1]), tokens[i]
        if op == "+":
            value = a + b
        elif op == "-":
            value = a - b
        elif op == "*":
            value = a * b
        else:
            value = abs(a) // abs(b)
            if (a < 0) != (b < 0):
                value = -value
        tokens = tokens[: i - 2] + [str(value)] + tokens[i + 1 :]
    return int(tokens[0])
