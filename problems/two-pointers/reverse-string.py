"""Reverse String

You get a string as a list `s` of one-character strings. Reverse the order of its characters by
changing `s` itself: return nothing (the judge reads `s` after the call). Use only O(1) extra
memory: no second list.

Constraints: 1 <= len(s) <= 10^5; every `s[i]` is a printable ASCII character (the space
included).

Example: s = ["d", "r", "i", "l", "l"] -> s becomes ["l", "l", "i", "r", "d"]

Example: s = ["N", "o", "x", "o", "n"] -> s becomes ["n", "o", "x", "o", "N"]
"""

from hypothesis import strategies as st

TITLE = "Reverse String"
CATEGORY = "two-pointers"
PATTERNS = ["two-pointers"]
DIFFICULTY = "easy"
FUNCTION = "reverse_string"
IN_PLACE = "s"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 5

_PRINTABLE = [chr(c) for c in range(32, 127)]


def reference(s: list[str]) -> None:
    left, right = 0, len(s) - 1
    while left < right:
        s[left], s[right] = s[right], s[left]
        left += 1
        right -= 1


_CHAR = st.one_of(st.sampled_from(["a", "b", " "]), st.sampled_from(_PRINTABLE))


def inputs():
    return st.lists(_CHAR, min_size=1, max_size=40).map(lambda s: {"s": s})


EXAMPLES = [
    ({"s": ["d", "r", "i", "l", "l"]}, ["l", "l", "i", "r", "d"]),
    ({"s": ["N", "o", "x", "o", "n"]}, ["n", "o", "x", "o", "N"]),
    ({"s": ["q"]}, ["q"]),
    ({"s": ["z", "z"]}, ["z", "z"]),
    ({"s": ["H", "a", "n", "n", "a", "h"]}, ["h", "a", "n", "n", "a", "H"]),
    ({"s": ["~", "!", "0"]}, ["0", "!", "~"]),
]


def large(n, rng):
    return {"s": [rng.choice(_PRINTABLE) for _ in range(n)]}
