import operator


def eval_rpn(tokens):
    ops = {"+": operator.add, "-": operator.sub, "*": operator.mul,
           "/": lambda a, b: int(a / b)}
    stack = []
    for tok in tokens:
        if tok in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[-1]
