from functools import cache


@cache
def _balanced(n):
    # a balanced string is "(" + inner + ")" + rest, with inner and rest balanced
    if n == 0:
        return ("",)
    return tuple(
        "(" + inner + ")" + rest
        for k in range(n)
        for inner in _balanced(k)
        for rest in _balanced(n - 1 - k)
    )


def generate_parenthesis(n):
    return list(_balanced(n))
