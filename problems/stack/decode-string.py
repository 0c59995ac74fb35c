"""Decode String

A string is encoded with the rule `k[text]`, meaning `text` written `k` times in a row. Groups
can nest, and plain letters can stand anywhere between groups. You get an encoded string `s`.
Return the decoded string.

`s` is always well formed: brackets match, every `[` follows a count (a positive integer, which
may have several digits), digits appear only as counts, and letters are lowercase English.

Constraints: 1 <= len(s) <= 10^4; 1 <= k <= 300; the
decoded string has at most 10^5 letters.

Example: s = "2[ab3[c]]x" -> "abcccabcccx"

Example: s = "10[z]" -> "zzzzzzzzzz"   (a count can have two digits)

Aim for time proportional to the length of the decoded string.
"""

from hypothesis import strategies as st

TITLE = "Decode String"
CATEGORY = "stack"
PATTERNS = ["stack", "strings"]
DIFFICULTY = "medium"
FUNCTION = "decode_string"
COMPLEXITY = "O(n)"  # n letters in the decoded string
TARGET_MINUTES = 25


def reference(s: str) -> str:
    stack: list[tuple[list[str], int]] = []
    current: list[str] = []
    count = 0
    for ch in s:
        if ch.isdigit():
            count = count * 10 + int(ch)
        elif ch == "[":
            stack.append((current, count))
            current, count = [], 0
        elif ch == "]":
            before, times = stack.pop()
            before.append("".join(current) * times)
            current = before
        else:
            current.append(ch)
    return "".join(current)


_LETTERS = st.text("abc", min_size=1, max_size=3)


def _encoded(depth: int):
    """A strategy of well-formed encodings nesting at most `depth` groups deep."""
    count = st.one_of(st.integers(1, 4), st.sampled_from([10, 12, 20]))
    group = (
        st.tuples(count, _encoded(depth - 1)).map(lambda t: f"{t[0]}[{t[1]}]")
        if depth
        else st.nothing()
    )
    part = st.one_of(_LETTERS, group) if depth else _LETTERS
    return st.lists(part, min_size=1, max_size=3).map("".join)


def inputs():
    return _encoded(3).filter(lambda s: len(reference(s)) <= 2000).map(lambda s: {"s": s})


EXAMPLES = [
    ({"s": "3[a]"}, "aaa"),
    ({"s": "3[a]2[bc]"}, "aaabcbc"),
    ({"s": "2[x2[y]]"}, "xyyxyy"),
    ({"s": "ab2[c]"}, "abcc"),
    ({"s": "2[a2[b2[c]]]"}, "abccbccabccbcc"),
    ({"s": "1[q]"}, "q"),
]


def large(n, rng):
    # many small groups, some nested, about n letters decoded from about n/2 encoded ones
    parts, size = [], 0
    while size < n:
        inner = "".join(rng.choice("abc") for _ in range(rng.randint(1, 3)))
        outer = rng.choice("abc")
        parts.append(f"{outer}2[{inner}]")
        size += 1 + 2 * len(inner)
    return {"s": "".join(parts) + "z"}
