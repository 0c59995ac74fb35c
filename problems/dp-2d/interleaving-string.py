"""Interleaving String

Decide whether the string `s3` can be made by interleaving `s1` and `s2`: splitting both into
pieces and merging the pieces into one string so that the characters of `s1` keep their order,
the characters of `s2` keep theirs, and every character of both is used exactly once. Return True
or False.

Constraints: 0 <= len(s1), len(s2) <= 100; 0 <= len(s3) <= 200; lowercase English letters.

Example: s1 = "ab", s2 = "cd", s3 = "acbd" -> True   (a from s1, c from s2, b from s1, d from s2)

Example: s1 = "ab", s2 = "cd", s3 = "adbc" -> False   (d would come before c)

Aim for O(len(s1) * len(s2)) time.
"""

from hypothesis import strategies as st

TITLE = "Interleaving String"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "string"]
DIFFICULTY = "medium"
FUNCTION = "is_interleave"
COMPLEXITY = "O(m * n)"
TARGET_MINUTES = 30


def reference(s1: str, s2: str, s3: str) -> bool:
    m, n = len(s1), len(s2)
    if m + n != len(s3):
        return False
    # ok[j] (for the current i): s3[:i + j] interleaves s1[:i] and s2[:j]
    ok = [True] * (n + 1)
    for j in range(1, n + 1):
        ok[j] = ok[j - 1] and s2[j - 1] == s3[j - 1]
    for i in range(1, m + 1):
        ok[0] = ok[0] and s1[i - 1] == s3[i - 1]
        for j in range(1, n + 1):
            c = s3[i + j - 1]
            ok[j] = (ok[j] and s1[i - 1] == c) or (ok[j - 1] and s2[j - 1] == c)
    return ok[n]


@st.composite
def _case(draw):
    alphabet = draw(st.sampled_from(["a", "ab", "abc"]))
    s1 = draw(st.text(alphabet, max_size=8))
    s2 = draw(st.text(alphabet, max_size=8))
    # mostly a real interleaving (so True is common), then maybe spoil it
    order = draw(st.permutations([0] * len(s1) + [1] * len(s2)))
    it = [iter(s1), iter(s2)]
    s3 = "".join(next(it[k]) for k in order)
    spoil = draw(st.sampled_from(["none", "none", "swap", "change", "drop", "add"]))
    if spoil == "swap" and len(s3) >= 2:
        i = draw(st.integers(0, len(s3) - 2))
        s3 = s3[:i] + s3[i + 1] + s3[i] + s3[i + 2 :]
    elif spoil == "change" and s3:
        i = draw(st.integers(0, len(s3) - 1))
        s3 = s3[:i] + draw(st.sampled_from("abc")) + s3[i + 1 :]
    elif spoil == "drop" and s3:
        i = draw(st.integers(0, len(s3) - 1))
        s3 = s3[:i] + s3[i + 1 :]
    elif spoil == "add":
        s3 += draw(st.sampled_from("abc"))
    return {"s1": s1, "s2": s2, "s3": s3}


def inputs():
    return _case()


EXAMPLES = [
    ({"s1": "ab", "s2": "cd", "s3": "acbd"}, True),
    ({"s1": "ab", "s2": "cd", "s3": "adbc"}, False),
    ({"s1": "", "s2": "", "s3": ""}, True),
    ({"s1": "", "s2": "xy", "s3": "xy"}, True),
    ({"s1": "xy", "s2": "", "s3": "yx"}, False),
    ({"s1": "abc", "s2": "xyz", "s3": "xyzabc"}, True),
    ({"s1": "aab", "s2": "abc", "s3": "aacbab"}, False),
    ({"s1": "ab", "s2": "ab", "s3": "abba"}, False),
    ({"s1": "dog", "s2": "cat", "s3": "dcoagt"}, True),
]


def large(n, rng):
    """s1 of about n letters and s2 of 8, nearly all "a", and s3 one of their interleavings with
    its last letter spoiled: every (i, j) state is reachable and the answer is False, so the
    whole table has to be filled."""
    s1 = "".join("b" if rng.random() < 0.01 else "a" for _ in range(max(1, n - 8)))
    s2 = "a" * 8
    order = [0] * len(s1) + [1] * len(s2)
    rng.shuffle(order)
    it = [iter(s1), iter(s2)]
    s3 = "".join(next(it[k]) for k in order)
    return {"s1": s1, "s2": s2, "s3": s3[:-1] + "c"}
