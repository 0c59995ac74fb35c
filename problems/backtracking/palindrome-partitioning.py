"""Palindrome Partitioning

Cut a string `s` into consecutive, non-empty pieces so that every piece reads the same forwards
and backwards. Return every way of doing so, each as the list of its pieces in order.

Constraints: 1 <= len(s) <= 16; `s` holds lowercase English letters only.

Example: s = "noon" -> [["n", "o", "o", "n"], ["n", "oo", "n"], ["noon"]]

Example: s = "xyz" -> [["x", "y", "z"]]   (single letters are always palindromes)

Any order of the partitions is accepted (the pieces inside one partition stay in string order),
but each partition must appear exactly once.
"""

import math

from hypothesis import strategies as st

TITLE = "Palindrome Partitioning"
CATEGORY = "backtracking"
PATTERNS = ["backtracking", "dp", "string"]
DIFFICULTY = "medium"
FUNCTION = "partition"
COMPLEXITY = "O(n * 2^n)"
TARGET_MINUTES = 25


def reference(s: str) -> list[list[str]]:
    n = len(s)
    # pal[i][j]: s[i..j] (inclusive) is a palindrome; i runs downwards so pal[i + 1] is ready
    pal = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
    result: list[list[str]] = []
    path: list[str] = []

    def backtrack(start: int) -> None:
        if start == n:
            result.append(path[:])
            return
        for end in range(start, n):
            if pal[start][end]:
                path.append(s[start : end + 1])
                backtrack(end + 1)
                path.pop()

    backtrack(0)
    return result


def inputs():
    alphabet = st.sampled_from(["a", "ab", "abc", "aab", "abcd"])
    return alphabet.flatmap(lambda a: st.text(alphabet=a, min_size=1, max_size=10)).map(
        lambda s: {"s": s}
    )


EXAMPLES = [
    ({"s": "a"}, [["a"]]),
    ({"s": "ab"}, [["a", "b"]]),
    ({"s": "abc"}, [["a", "b", "c"]]),
    ({"s": "aab"}, [["a", "a", "b"], ["aa", "b"]]),
    ({"s": "abbc"}, [["a", "b", "b", "c"], ["a", "bb", "c"]]),
    ({"s": "cdde"}, [["c", "d", "d", "e"], ["c", "dd", "e"]]),
]


def large(n, rng):
    """One repeated letter, about log2(n) long: every cut works, so about n partitions."""
    k = max(1, round(math.log2(max(n, 2)))) + 1
    return {"s": rng.choice("abcdefghijklmnopqrstuvwxyz") * k}


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(map(list, got)) == sorted(map(list, expected))
    except TypeError:
        return False
