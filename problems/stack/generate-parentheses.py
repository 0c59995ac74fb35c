"""Generate Parentheses

You get a number `n`. Return every string made of `n` opening and `n` closing round brackets that
is balanced: read left to right, no closing bracket ever comes before its matching opening one.

Constraints: 1 <= n <= 8.

Example: n = 3 -> ["((()))", "(()())", "(())()", "()(())", "()()()"]

Example: n = 1 -> ["()"]

The strings may come in any order, but each must appear exactly once.
"""

from hypothesis import strategies as st

TITLE = "Generate Parentheses"
CATEGORY = "stack"
PATTERNS = ["backtracking", "stack"]
DIFFICULTY = "medium"
FUNCTION = "generate_parenthesis"
COMPLEXITY = "O(4^n / sqrt(n))"  # about that many strings of length 2n
TARGET_MINUTES = 20


def reference(n: int) -> list[str]:
    out: list[str] = []

    def extend(prefix: str, opened: int, closed: int) -> None:
        if len(prefix) == 2 * n:
            out.append(prefix)
            return
        if opened < n:
            extend(prefix + "(", opened + 1, closed)
        if closed < opened:
            extend(prefix + ")", opened, closed + 1)

    extend("", 0, 0)
    return out


def inputs():
    return st.integers(1, 8).map(lambda n: {"n": n})


EXAMPLES = [
    ({"n": 1}, ["()"]),
    ({"n": 2}, ["(())", "()()"]),
]

# 2n letters times the number of balanced strings (the Catalan number) for n = 1..8
_WORK = [2, 8, 30, 112, 420, 1584, 6006, 22880]


def large(n, rng):
    """The largest `n` whose answer has at most about n letters, so the work grows like n."""
    return {"n": max([1] + [k + 1 for k, work in enumerate(_WORK) if work <= n])}


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(got) == sorted(expected)
    except TypeError:
        return False
