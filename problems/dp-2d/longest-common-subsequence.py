"""Longest Common Subsequence

Given two strings `text1` and `text2`, return the length of their longest common subsequence: the
longest string that can be obtained from both by deleting characters (possibly none) without
changing the order of the remaining ones. Return 0 if they share no character.

Constraints: 1 <= len(text1), len(text2) <= 10^5; lowercase English letters only;
len(text1) * len(text2) <= 10^6.

Example: text1 = "abcde", text2 = "ace" -> 3   ("ace")

Example: text1 = "abc", text2 = "def" -> 0
"""

from hypothesis import strategies as st

TITLE = "Longest Common Subsequence"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "string"]
DIFFICULTY = "medium"
FUNCTION = "longest_common_subsequence"
COMPLEXITY = "O(m * n)"
TARGET_MINUTES = 20


def reference(text1: str, text2: str) -> int:
    # row-by-row table: prev[j] = LCS of the text1 prefix so far and text2[:j]
    prev = [0] * (len(text2) + 1)
    for ch in text1:
        cur = [0]
        for j, other in enumerate(text2):
            cur.append(prev[j] + 1 if ch == other else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


@st.composite
def _case(draw):
    alphabet = draw(st.sampled_from(["ab", "abc", "abcdef"]))
    text = st.text(alphabet=alphabet, min_size=1, max_size=12)
    return {"text1": draw(text), "text2": draw(text)}


def inputs():
    return _case()


EXAMPLES = [
    ({"text1": "abcde", "text2": "ace"}, 3),
    ({"text1": "abc", "text2": "def"}, 0),
    ({"text1": "a", "text2": "a"}, 1),
    ({"text1": "abc", "text2": "cba"}, 1),
    ({"text1": "bab", "text2": "abab"}, 3),
    ({"text1": "aaaa", "text2": "aa"}, 2),
    ({"text1": "ezupkr", "text2": "ubmrapg"}, 2),
]


def large(n, rng):
    """text1 of about n letters against an 8-letter text2 (about 8n table cells)."""
    text1 = "".join(rng.choice("abcd") for _ in range(max(1, n - 8)))
    text2 = "".join(rng.choice("abcd") for _ in range(8))
    return {"text1": text1, "text2": text2}
