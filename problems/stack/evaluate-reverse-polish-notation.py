"""Evaluate Reverse Polish Notation

You get a list of strings `tokens`, an arithmetic expression in reverse Polish (postfix)
notation: operands come first, then the operator that combines them, so `["3", "4", "+"]` means
3 + 4. Each token is an integer (possibly negative, like "-7") or one of `+`, `-`, `*`, `/`.
Evaluate the expression and return its integer value.

Division between integers truncates toward zero: 7 / 2 is 3 and -7 / 2 is -3 (not -4).

The expression is always valid, never divides by zero, and every intermediate result fits in a
32-bit signed integer.

Constraints: 1 <= len(tokens) <= 10^5; operands are between -200 and 200.

Example: tokens = ["2", "1", "+", "3", "*"] -> 9   ((2 + 1) * 3)

Example: tokens = ["4", "13", "5", "/", "+"] -> 6   (4 + 13 / 5 = 4 + 2)

Example: tokens = ["-7", "2", "/"] -> -3
"""

from hypothesis import strategies as st

TITLE = "Evaluate Reverse Polish Notation"
CATEGORY = "stack"
PATTERNS = ["stack"]
DIFFICULTY = "medium"
FUNCTION = "eval_rpn"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15

_LIMIT = 10**6  # the generators keep every intermediate value within +-_LIMIT


def _apply(op: str, a: int, b: int) -> int:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def reference(tokens: list[str]) -> int:
    stack: list[int] = []
    for tok in tokens:
        if tok in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            stack.append(_apply(tok, a, b))
        else:
            stack.append(int(tok))
    return stack[0]


def _combine(op, a, b):
    """op applied to a, b, swapped for a safe operator on division by zero or a too big result."""
    if op == "/" and b == 0:
        op = "+"
    value = _apply(op, a, b)
    if abs(value) > _LIMIT:
        op = "/" if b != 0 else "+"
        value = _apply(op, a, b)
    return op, value


@st.composite
def _case(draw):
    operands = draw(st.integers(1, 12))
    tokens: list[str] = []
    stack: list[int] = []
    pushed = 0
    while pushed < operands or len(stack) > 1:
        if len(stack) >= 2 and (pushed == operands or draw(st.booleans())):
            b, a = stack.pop(), stack.pop()
            op, value = _combine(draw(st.sampled_from("+-*/")), a, b)
            tokens.append(op)
            stack.append(value)
        else:
            x = draw(st.integers(-20, 20) | st.integers(-200, 200))
            tokens.append(str(x))
            stack.append(x)
            pushed += 1
    return {"tokens": tokens}


def inputs():
    return _case()


EXAMPLES = [
    ({"tokens": ["2", "1", "+", "3", "*"]}, 9),
    ({"tokens": ["4", "13", "5", "/", "+"]}, 6),
    ({"tokens": ["-7", "2", "/"]}, -3),
    ({"tokens": ["42"]}, 42),
    ({"tokens": ["-5"]}, -5),
    ({"tokens": ["3", "-4", "-"]}, 7),
    ({"tokens": ["7", "-2", "/"]}, -3),
    ({"tokens": ["10", "6", "9", "3", "+", "-11", "*", "/", "*", "17", "+", "5", "+"]}, 22),
]


def large(n, rng):
    tokens = [str(rng.randint(-200, 200))]
    stack = [int(tokens[0])]
    while len(tokens) < n - 1:
        if len(stack) >= 2 and rng.random() < 0.5:
            b, a = stack.pop(), stack.pop()
            op, value = _combine(rng.choice("+-*/"), a, b)
            tokens.append(op)
            stack.append(value)
        else:
            x = rng.randint(-200, 200)
            tokens.append(str(x))
            stack.append(x)
    while len(stack) > 1:
        b, a = stack.pop(), stack.pop()
        op, value = _combine(rng.choice("+-*/"), a, b)
        tokens.append(op)
        stack.append(value)
    return {"tokens": tokens}
