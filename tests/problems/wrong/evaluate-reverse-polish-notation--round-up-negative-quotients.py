# verdict: wrong_answer
# turns floor division into truncation by adding 1 to every negative quotient, also when the
# division is exact: -6 / 2 gives -2
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
                q = a // b
                stack.append(q + 1 if q < 0 else q)
        else:
            stack.append(int(tok))
    return stack[0]
