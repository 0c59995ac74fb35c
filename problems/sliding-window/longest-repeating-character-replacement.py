"""Longest Repeating Character Replacement

You get a string `s` of uppercase letters and an integer `k`. You may change at most `k`
characters of `s`, each into any uppercase letter. Return the length of the longest substring
made of one repeated letter that you can obtain.

Aim for O(n) time (times the alphabet size at most).

Constraints: 1 <= len(s) <= 10^5; s has only A-Z; 0 <= k <= len(s).

Example: s = "AABABBA", k = 1 -> 4   ("BABB" -> "BBBB" with one change; "AABA" -> "AAAA" also works)

Example: s = "ABCD", k = 0 -> 1
"""

from hypothesis import strategies as st

TITLE = "Longest Repeating Character Replacement"
CATEGORY = "sliding-window"
PATTERNS = ["sliding-window", "hashing"]
DIFFICULTY = "medium"
FUNCTION = "character_replacement"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 25


def reference(s: str, k: int) -> int:
    counts: dict[str, int] = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        while right - left + 1 - max(counts.values()) > k:
            counts[s[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best


@st.composite
def _case(draw):
    s = draw(st.text(alphabet="ABC", min_size=1, max_size=30))
    k = draw(st.integers(0, min(len(s), 4)))
    return {"s": s, "k": k}


def inputs():
    return _case()


EXAMPLES = [
    ({"s": "AABABBA", "k": 1}, 4),
    ({"s": "ABCD", "k": 0}, 1),
    ({"s": "A", "k": 0}, 1),
    ({"s": "AB", "k": 2}, 2),
    ({"s": "AAAA", "k": 2}, 4),
    ({"s": "ABAB", "k": 2}, 4),
    ({"s": "BAAAB", "k": 0}, 3),
    ({"s": "ABBBCCCCA", "k": 1}, 5),
]


def large(n, rng):
    s = "".join(rng.choice("ABCDE") for _ in range(n))
    return {"s": s, "k": n // 10}
