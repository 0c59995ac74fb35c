"""Minimum Window Substring

You get two strings `s` and `t` of ASCII letters. Return the shortest contiguous substring of `s`
that contains every character of `t`, counting repeats: if `t` has two "a"s, the window needs at
least two "a"s. Upper and lower case are different characters. Return `""` when no window works.

If several windows share the minimum length, any one of them is accepted.

Aim for O(len(s) + len(t)) time.

Constraints: 1 <= len(s), len(t) <= 10^5; s and t hold only A-Z and a-z.

Example: s = "XADOBECODEBANC", t = "ABC" -> "BANC"

Example: s = "ab", t = "aa" -> ""   (only one "a" available)
"""

from collections import Counter

from hypothesis import strategies as st

TITLE = "Minimum Window Substring"
CATEGORY = "sliding-window"
PATTERNS = ["sliding-window", "hashing"]
DIFFICULTY = "hard"
FUNCTION = "min_window"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 40


def reference(s: str, t: str) -> str:
    need = Counter(t)
    missing = len(t)
    left = 0
    best = (0, 0)
    for right, ch in enumerate(s, 1):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if best == (0, 0) or right - left < best[1] - best[0]:
                best = (left, right)
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best[0]:best[1]]


@st.composite
def _case(draw):
    s = draw(st.text(alphabet="abcA", min_size=1, max_size=25))
    t = draw(st.text(alphabet="abcA", min_size=1, max_size=4))
    return {"s": s, "t": t}


def inputs():
    return _case()


def check(kwargs, expected, got) -> bool:
    if not isinstance(got, str) or len(got) != len(expected) or got not in kwargs["s"]:
        return False
    return not Counter(kwargs["t"]) - Counter(got) if expected else got == ""


EXAMPLES = [
    ({"s": "XADOBECODEBANC", "t": "ABC"}, "BANC"),
    ({"s": "ab", "t": "aa"}, ""),
    ({"s": "a", "t": "a"}, "a"),
    ({"s": "a", "t": "b"}, ""),
    ({"s": "aa", "t": "aa"}, "aa"),
    ({"s": "Aa", "t": "a"}, "a"),
    ({"s": "bba", "t": "ab"}, "ba"),
    ({"s": "abcab", "t": "abc"}, "abc"),
]


def large(n, rng):
    letters = "abcdefghijABCDEFGHIJ"
    s = "".join(rng.choice(letters) for _ in range(n))
    t = "".join(rng.choice(letters) for _ in range(max(1, n // 50)))
    return {"s": s, "t": t}
