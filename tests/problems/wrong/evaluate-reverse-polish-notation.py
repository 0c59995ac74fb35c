# verdict: wrong_answer
# Truncates by rounding up, -(-a // b), whenever an operand is negative ("then the quotient is
# negative"), but two negative operands give a positive quotient: -7 / -2 comes out as 4, not 3.
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
            elif a < 0 or b < 0:
                stack.append(-(-a // b))
            else:
                stack.append(a // b)
        else:
            stack.append(int(tok))
    return stack[-1]
