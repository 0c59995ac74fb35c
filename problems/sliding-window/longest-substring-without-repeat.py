"""Longest Substring Without Repeating Characters

Given a string `s`, return the length of its longest substring (a contiguous run of characters)
in which no character occurs twice.

Constraints: 0 <= len(s) <= 5 * 10^4; `s` may hold letters, digits, spaces and symbols.

Example: s = "pwwkew" -> 3   ("wke"; "pwke" is not contiguous)

Example: s = "" -> 0
"""

from hypothesis import strategies as st

TITLE = "Longest Substring Without Repeating Characters"
CATEGORY = "sliding-window"
PATTERNS = ["sliding-window", "hashing"]
DIFFICULTY = "medium"
FUNCTION = "length_of_longest_substring"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(s: str) -> int:
    last: dict[str, int] = {}
    left = best = 0
    for right, ch in enumerate(s):
        if last.get(ch, -1) >= left:
            left = last[ch] + 1
        last[ch] = right
        best = max(best, right - left + 1)
    return best


def inputs():
    return st.text(alphabet="abcde ", max_size=40).map(lambda s: {"s": s})


EXAMPLES = [
    ({"s": ""}, 0),
    ({"s": "a"}, 1),
    ({"s": "pwwkew"}, 3),
    ({"s": "bbbbb"}, 1),
    ({"s": "abba"}, 2),
    ({"s": "dvdf"}, 3),
    ({"s": "tmmzuxt"}, 5),
    ({"s": "a ba"}, 3),
]


def large(n, rng):
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return {"s": "".join(rng.choice(alphabet) for _ in range(n))}
