"""Valid Parentheses

A string `s` holds only the bracket characters `(`, `)`, `[`, `]`, `{` and `}`. Decide whether
it is balanced: every opening bracket is closed by a bracket of the same kind, brackets close in
the reverse order they were opened, and no closing bracket appears without an open partner.
The empty string is balanced.

Constraints: 0 <= len(s) <= 10^5.

Example: s = "{[]()}" -> True

Example: s = "([)]" -> False   (the `[` is still open when `)` arrives)
"""

from hypothesis import strategies as st

TITLE = "Valid Parentheses"
CATEGORY = "stack"
PATTERNS = ["stack", "matching-brackets"]
DIFFICULTY = "easy"
FUNCTION = "is_valid"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10

_PAIRS = {")": "(", "]": "[", "}": "{"}


def reference(s: str) -> bool:
    stack: list[str] = []
    for ch in s:
        if ch in _PAIRS:
            if not stack or stack.pop() != _PAIRS[ch]:
                return False
        else:
            stack.append(ch)
    return not stack


@st.composite
def _balanced(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        open_, close = draw(st.sampled_from(["()", "[]", "{}"]))
        parts.append(open_ + draw(_balanced(depth + 1)) + close)
    return "".join(parts)


@st.composite
def _nearly_balanced(draw):
    s = list(draw(_balanced()))
    if s and draw(st.booleans()):
        i = draw(st.integers(0, len(s) - 1))
        s[i] = draw(st.sampled_from("()[]{}"))
    return "".join(s)


@st.composite
def _swapped_closers(draw):
    """A balanced string with two closers of different kinds swapped: crossed like "([)]", but
    with the two ends of the crossing possibly far apart ("[{()]}")."""
    s = list(draw(_balanced()))
    closers = [i for i, ch in enumerate(s) if ch in ")]}"]
    if len(closers) >= 2:
        i, j = draw(st.lists(st.sampled_from(closers), min_size=2, max_size=2, unique=True))
        s[i], s[j] = s[j], s[i]
    return "".join(s)


def inputs():
    noise = st.text(alphabet="()[]{}", max_size=12)
    # A shuffled balanced string keeps every kind's count even but often crosses them: "([)]".
    shuffled = _balanced().flatmap(lambda s: st.permutations(list(s)).map("".join))
    return st.one_of(_balanced(), _nearly_balanced(), _swapped_closers(), shuffled, noise).map(
        lambda s: {"s": s}
    )


EXAMPLES = [
    ({"s": ""}, True),
    ({"s": "{[]()}"}, True),
    ({"s": "([)]"}, False),
    ({"s": "(("}, False),
    ({"s": "))"}, False),
    ({"s": "(]"}, False),
    ({"s": "([]{()})[]"}, True),
    ({"s": "]"}, False),
]


def large(n, rng):
    # Deep nesting then a flat run: a stack that grows to n/2 and empties again.
    half = n // 4
    opens = [rng.choice("([{") for _ in range(half)]
    closes = "".join({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(opens))
    flat = "".join(rng.choice(["()", "[]", "{}"]) for _ in range((n - 2 * half) // 2))
    return {"s": "".join(opens) + closes + flat}
