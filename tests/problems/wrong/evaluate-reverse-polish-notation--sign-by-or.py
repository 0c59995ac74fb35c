# verdict: wrong_answer
# divides the absolute values, then makes the quotient negative when EITHER operand is negative,
# so -7 / -2 comes out as -3 instead of 3
def eval_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                q = abs(a) // abs(b)
                stack.append(-q if a < 0 or b < 0 else q)
        else:
            stack.append(int(tok))
    return stack[0]
