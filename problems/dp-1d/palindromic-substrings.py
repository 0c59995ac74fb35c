"""Palindromic Substrings

Given a string `s`, count its substrings (runs of consecutive characters) that read the same
forwards and backwards. Substrings at different positions count separately, even when they hold
the same letters.

Constraints: 1 <= len(s) <= 5 * 10^4; `s` holds lowercase English letters.

Example: s = "pop" -> 4   ("p", "o", "p" and "pop")

Example: s = "zzz" -> 6   (three "z", two "zz", one "zzz")

Aim for O(n^2) time.
"""

from hypothesis import strategies as st

TITLE = "Palindromic Substrings"
CATEGORY = "dp-1d"
PATTERNS = ["dp", "two-pointers", "string"]
DIFFICULTY = "medium"
FUNCTION = "count_substrings"
COMPLEXITY = "O(n^2)"
TARGET_MINUTES = 20


def reference(s: str) -> int:
    count = 0
    for center in range(2 * len(s) - 1):
        # centre 2k is the letter s[k]; centre 2k + 1 is the gap between s[k] and s[k + 1]
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            count += 1  # one more palindrome around this centre
            lo, hi = lo - 1, hi + 1
    return count


@st.composite
def _case(draw):
    alphabet = draw(st.sampled_from(["a", "ab", "abc", "abcd"]))
    s = draw(st.text(alphabet=alphabet, min_size=1, max_size=25))
    if draw(st.booleans()):
        half = draw(st.text(alphabet=alphabet, min_size=1, max_size=5))
        middle = draw(st.sampled_from(["", "x"]))
        at = draw(st.integers(0, len(s)))
        s = s[:at] + half + middle + half[::-1] + s[at:]
    return {"s": s}


def inputs():
    return _case()


EXAMPLES = [
    ({"s": "x"}, 1),
    ({"s": "abc"}, 3),
    ({"s": "aba"}, 4),
    ({"s": "abab"}, 6),
    ({"s": "abcba"}, 7),
    ({"s": "racecar"}, 10),
]


def large(n, rng):
    """n random letters from a small alphabet, with a long palindrome planted in the middle."""
    n = max(n, 8)
    half = "".join(rng.choice("abc") for _ in range(n // 16))
    rest = n - 2 * len(half)
    left = "".join(rng.choice("abc") for _ in range(rest // 2))
    right = "".join(rng.choice("abc") for _ in range(rest - rest // 2))
    return {"s": left + half + half[::-1] + right}
