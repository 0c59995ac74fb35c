"""Valid Parenthesis String

You get a string `s` of the characters '(', ')' and '*'. Each '*' may stand for '(', for ')' or
for nothing, chosen independently. Return True if some choice turns `s` into a balanced string
of parentheses (every '(' closed by a later ')', and every ')' closing an earlier '('); the
empty string is balanced.

Constraints: 1 <= len(s) <= 10^5; s holds only '(', ')' and '*'.

Example: s = "(*))" -> True   (the * stands for '(')

Example: s = "*((" -> False   (the last two '(' can never be closed)

Aim for O(n) time.
"""

from hypothesis import strategies as st

TITLE = "Valid Parenthesis String"
CATEGORY = "greedy"
PATTERNS = ["greedy", "stack"]
DIFFICULTY = "medium"
FUNCTION = "check_valid_string"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(s: str) -> bool:
    low = high = 0  # the fewest and the most '(' that can be open after each prefix
    for ch in s:
        if ch == "(":
            low, high = low + 1, high + 1
        elif ch == ")":
            low, high = max(low - 1, 0), high - 1
        else:
            low, high = max(low - 1, 0), high + 1
        if high < 0:
            return False
    return low == 0


def inputs():
    chars = st.sampled_from(["()*", "(()*", "())*", "(**)"]).flatmap(
        lambda pool: st.text(alphabet=st.sampled_from(list(pool)), min_size=1, max_size=24))
    return chars.map(lambda s: {"s": s})


EXAMPLES = [
    ({"s": "(*))"}, True),
    ({"s": "()"}, True),
    ({"s": "*"}, True),
    ({"s": ")"}, False),
    ({"s": "(*)"}, True),
    ({"s": "(()"}, False),
]


def large(n, rng):
    """Mostly stars with a few parentheses, balanced overall: every prefix keeps many options."""
    chars = [rng.choice("***(") for _ in range(n)]
    return {"s": "".join(chars) + ")" * (chars.count("(") // 2)}
