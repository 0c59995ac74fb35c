"""Longest Common Prefix

You get a list of strings `strs`. Return the longest string that every one of them starts with.
Return the empty string `""` when they share no first letter.

Constraints: 1 <= len(strs) <= 200; 0 <= len(strs[i]) <= 200; the strings hold lowercase English
letters only.

Example: strs = ["interview", "internal", "interval"] -> "inter"

Example: strs = ["cat", "dog"] -> ""

Aim for O(n) time, n being the total number of letters.
"""

from hypothesis import strategies as st

TITLE = "Longest Common Prefix"
CATEGORY = "arrays-hashing"
PATTERNS = ["strings"]
DIFFICULTY = "easy"
FUNCTION = "longest_common_prefix"
COMPLEXITY = "O(n)"  # n letters in all
TARGET_MINUTES = 10


def reference(strs: list[str]) -> str:
    first = strs[0]
    for i, letter in enumerate(first):
        for other in strs[1:]:
            if i == len(other) or other[i] != letter:
                return first[:i]
    return first


@st.composite
def _case(draw):
    # a shared stem, then short tails over a tiny alphabet so prefixes run on by chance too
    stem = draw(st.text("ab", max_size=6))
    tails = draw(st.lists(st.text("abc", max_size=4), min_size=1, max_size=8))
    strs = [stem + tail for tail in tails]
    if draw(st.booleans()):
        strs.insert(draw(st.integers(0, len(strs))), stem)  # one string is the whole prefix
    if draw(st.integers(0, 5)) == 0:
        strs.insert(draw(st.integers(0, len(strs))), "")
    return {"strs": strs}


def inputs():
    return _case()


EXAMPLES = [
    ({"strs": ["interview", "internal", "interval"]}, "inter"),
    ({"strs": ["cat", "dog"]}, ""),
    ({"strs": ["flight", "flow", "flower"]}, "fl"),
    ({"strs": ["xbc", "abc", "abd"]}, ""),
    ({"strs": ["abb", "aab", "aac"]}, "a"),
    ({"strs": ["sane", "same", "same"]}, "sa"),
    ({"strs": ["", "abc"]}, ""),
]


def large(n, rng):
    # about sqrt(n) strings of about sqrt(n) letters (within the limits up to n = 40000), all
    # agreeing up to their very last letter: every letter gets compared
    k = max(2, round(n**0.5))
    body = "".join(rng.choice("ab") for _ in range(n // k - 1))
    return {"strs": [body + rng.choice("ab") for _ in range(k)]}
