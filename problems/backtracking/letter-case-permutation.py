"""Letter Case Permutation

You are given a string `s` made of English letters and digits. Every letter may be written either
in lower case or in upper case; digits stay as they are. Return every string you can get this way
(including `s` itself).

Constraints: 1 <= len(s) <= 18; `s` holds only letters `a-z`, `A-Z` and digits `0-9`.

Example: s = "x7Y" -> ["x7y", "x7Y", "X7y", "X7Y"]

Example: s = "42" -> ["42"]   (no letters: only the string itself)

Any order is accepted, but each string must appear exactly once.
"""

import math

from hypothesis import strategies as st

TITLE = "Letter Case Permutation"
CATEGORY = "backtracking"
PATTERNS = ["subsets", "backtracking"]
DIFFICULTY = "medium"
FUNCTION = "letter_case_permutation"
COMPLEXITY = "O(n * 2^n)"
TARGET_MINUTES = 15


def reference(s: str) -> list[str]:
    result: list[str] = []
    chars = list(s)

    def backtrack(i: int) -> None:
        if i == len(chars):
            result.append("".join(chars))
            return
        c = chars[i]
        if not c.isalpha():
            backtrack(i + 1)
            return
        for variant in (c.lower(), c.upper()):
            chars[i] = variant
            backtrack(i + 1)
        chars[i] = c

    backtrack(0)
    return result


def inputs():
    alphabet = st.sampled_from(["ab", "aB", "aZ09", "xY3", "qrstQRST0123456789", "7"])
    return alphabet.flatmap(lambda a: st.text(alphabet=a, min_size=1, max_size=8)).map(
        lambda s: {"s": s}
    )


EXAMPLES = [
    ({"s": "a"}, ["a", "A"]),
    ({"s": "ab"}, ["ab", "aB", "Ab", "AB"]),
    ({"s": "zz"}, ["zz", "zZ", "Zz", "ZZ"]),
    ({"s": "qxy"}, ["qxy", "qxY", "qXy", "qXY", "Qxy", "QxY", "QXy", "QXY"]),
    ({"s": "m"}, ["m", "M"]),
]


def large(n, rng):
    """About log2(n) letters (so about n strings) among a few digits."""
    k = max(1, round(math.log2(max(n, 2))))
    chars = [rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k)]
    chars += [rng.choice("0123456789") for _ in range(3)]
    rng.shuffle(chars)
    return {"s": "".join(chars)}


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(got) == sorted(expected)
    except TypeError:
        return False
