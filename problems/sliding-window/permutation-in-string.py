"""Permutation in String

You get two lowercase strings `s1` and `s2`. Return `True` if some contiguous substring of `s2`
is a rearrangement of `s1` (same letters, each the same number of times), else `False`.

Aim for O(len(s1) + len(s2)) time.

Constraints: 1 <= len(s1), len(s2) <= 10^5; only the letters a-z.

Example: s1 = "ab", s2 = "eidbaooo" -> True   ("ba" at index 3)

Example: s1 = "aab", s2 = "abba" -> False   (the windows "abb" and "bba" have one a each)
"""

from hypothesis import strategies as st

TITLE = "Permutation in String"
CATEGORY = "sliding-window"
PATTERNS = ["sliding-window", "hashing"]
DIFFICULTY = "medium"
FUNCTION = "check_inclusion"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(s1: str, s2: str) -> bool:
    m = len(s1)
    if m > len(s2):
        return False
    need = [0] * 26
    have = [0] * 26
    for ch in s1:
        need[ord(ch) - 97] += 1
    for i, ch in enumerate(s2):
        have[ord(ch) - 97] += 1
        if i >= m:
            have[ord(s2[i - m]) - 97] -= 1
        if have == need:
            return True
    return False


@st.composite
def _case(draw):
    s1 = draw(st.text(alphabet="abc", min_size=1, max_size=5))
    s2 = draw(st.text(alphabet="abc", min_size=1, max_size=20))
    if draw(st.booleans()):  # plant a shuffled copy of s1
        at = draw(st.integers(0, len(s2)))
        s2 = s2[:at] + "".join(draw(st.permutations(s1))) + s2[at:]
    return {"s1": s1, "s2": s2}


def inputs():
    return _case()


EXAMPLES = [
    ({"s1": "ab", "s2": "eidbaooo"}, True),
    ({"s1": "aab", "s2": "abba"}, False),
    ({"s1": "a", "s2": "a"}, True),
    ({"s1": "abc", "s2": "ab"}, False),
    ({"s1": "ab", "s2": "a"}, False),
    ({"s1": "abc", "s2": "xxcba"}, True),
    ({"s1": "ab", "s2": "axb"}, False),
    ({"s1": "aa", "s2": "baab"}, True),
]


def large(n, rng):
    s2 = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))
    s1 = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(max(1, n // 10)))
    return {"s1": s1, "s2": s2}
