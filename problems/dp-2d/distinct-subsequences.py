"""Distinct Subsequences

Given strings `s` and `t`, return the number of distinct ways to pick characters of `s` (keeping
their order) that spell exactly `t`. Two ways are different when they use a different set of
positions in `s`. The count can be large: return it exactly.

Constraints: 1 <= len(s), len(t) <= 10^5; English letters only; len(s) * len(t) <= 10^6.

Example: s = "rabbbit", t = "rabbit" -> 3   (any one of the three b's can be left out)

Example: s = "aaa", t = "aa" -> 3   (positions 0+1, 0+2, 1+2)
"""

from hypothesis import strategies as st

TITLE = "Distinct Subsequences"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "string"]
DIFFICULTY = "hard"
FUNCTION = "num_distinct"
COMPLEXITY = "O(m * n)"
NO_CPP = "the counts outgrow 64-bit integers; judged in Python only"
TARGET_MINUTES = 30


def reference(s: str, t: str) -> int:
    # ways[j] = ways to spell t[:j] with the prefix of s read so far
    ways = [1] + [0] * len(t)
    for ch in s:
        # right to left, so ways[j - 1] still refers to the prefix without ch
        for j in range(len(t), 0, -1):
            if t[j - 1] == ch:
                ways[j] += ways[j - 1]
    return ways[-1]


@st.composite
def _case(draw):
    if draw(st.integers(0, 4)) == 0:
        # one letter repeated: C(60, 20) and the like pass 10^9 + 7
        return {"s": "a" * draw(st.integers(40, 60)), "t": "a" * draw(st.integers(12, 25))}
    alphabet = draw(st.sampled_from(["a", "ab", "abc"]))
    s = draw(st.text(alphabet=alphabet, min_size=1, max_size=14))
    t = draw(st.text(alphabet=alphabet, min_size=1, max_size=5))
    return {"s": s, "t": t}


def inputs():
    return _case()


EXAMPLES = [
    ({"s": "rabbbit", "t": "rabbit"}, 3),
    ({"s": "babgbag", "t": "bag"}, 5),
    ({"s": "aaa", "t": "aa"}, 3),
    ({"s": "a", "t": "a"}, 1),
    ({"s": "a", "t": "aa"}, 0),
    ({"s": "abc", "t": "d"}, 0),
    ({"s": "aa", "t": "aa"}, 1),
]


def large(n, rng):
    """s of about n letters from "ab" and an 8-letter t (about 8n table cells)."""
    s = "".join(rng.choice("ab") for _ in range(max(1, n - 8)))
    t = "".join(rng.choice("ab") for _ in range(8))
    return {"s": s, "t": t}
