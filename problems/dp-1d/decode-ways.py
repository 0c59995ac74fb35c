"""Decode Ways

A message of capital letters was encoded by replacing each letter with its position in the
alphabet: A -> "1", B -> "2", ..., Z -> "26", and joining the numbers with no separators. Given the
digit string `s`, return the number of ways to split it back into letters. A piece must be a number
from 1 to 26 written without a leading zero, so "06" is not a valid piece (but "6" is). If the
string cannot be decoded at all, return 0. The count can get very large: return it exactly.

Constraints: 1 <= len(s) <= 10^5; `s` holds only the digits '0'-'9'.

Example: s = "226" -> 3   ("2 2 6" = BBF, "22 6" = VF, "2 26" = BZ)

Example: s = "106" -> 1   ("10 6" = JF; "1 06" is not allowed)

Example: s = "30" -> 0   ("30" is too large and "0" alone is no letter)
"""

from hypothesis import strategies as st

TITLE = "Decode Ways"
CATEGORY = "dp-1d"
PATTERNS = ["dp", "string"]
DIFFICULTY = "medium"
FUNCTION = "num_decodings"
COMPLEXITY = "O(n)"
NO_CPP = "the counts outgrow 64-bit integers on long strings; judged in Python only"
TARGET_MINUTES = 20


def reference(s: str) -> int:
    # ways(i) = number of decodings of s[:i]
    prev, cur = 1, 1 if s[0] != "0" else 0  # ways(0), ways(1)
    for i in range(1, len(s)):
        nxt = cur if s[i] != "0" else 0  # s[i] as a single piece
        if s[i - 1] == "1" or (s[i - 1] == "2" and s[i] <= "6"):
            nxt += prev  # s[i-1:i+1] as a two-digit piece 10..26
        prev, cur = cur, nxt
    return cur


def inputs():
    digits = st.sampled_from("0011222345679")
    mixed = st.lists(digits, min_size=1, max_size=30)
    # long runs of 1s and 2s: the count passes 10^9 + 7, so reducing it modulo anything shows
    ones_and_twos = st.lists(st.sampled_from("1112"), min_size=45, max_size=60)
    return st.one_of(mixed, ones_and_twos).map(lambda d: {"s": "".join(d)})


EXAMPLES = [
    ({"s": "0"}, 0),
    ({"s": "7"}, 1),
    ({"s": "226"}, 3),
    ({"s": "106"}, 1),
    ({"s": "30"}, 0),
    ({"s": "100"}, 0),
    ({"s": "2101"}, 1),
    ({"s": "11106"}, 2),
    ({"s": "27"}, 1),
]


def large(n, rng):
    """n digits, zeros only after a 1 or a 2, so the answer is a big non-zero count."""
    digits = ["1"]
    while len(digits) < n:
        d = rng.choice("0112223456789")
        digits.append(d if d != "0" or digits[-1] in "12" else "1")
    return {"s": "".join(digits)}
