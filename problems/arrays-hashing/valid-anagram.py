"""Valid Anagram

You get two strings `s` and `t`. Return `True` if `t` uses exactly the same letters as `s`, each
one the same number of times (in any order), and `False` otherwise.

Constraints: 1 <= len(s), len(t) <= 5 * 10^4; both hold lowercase English letters only.

Example: s = "listen", t = "silent" -> True

Example: s = "aab", t = "abb" -> False   (same letters, different counts)

Aim for O(n) time.
"""

from hypothesis import strategies as st

TITLE = "Valid Anagram"
CATEGORY = "arrays-hashing"
PATTERNS = ["hashing"]
DIFFICULTY = "easy"
FUNCTION = "is_anagram"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 5


def reference(s: str, t: str) -> bool:
    if len(s) != len(t):
        return False
    counts: dict[str, int] = {}
    for a, b in zip(s, t, strict=True):
        counts[a] = counts.get(a, 0) + 1
        counts[b] = counts.get(b, 0) - 1
    return all(c == 0 for c in counts.values())


@st.composite
def _case(draw):
    s = draw(st.text("abcd", min_size=1, max_size=12))
    kind = draw(st.sampled_from(["shuffle", "shuffle", "swap-letter", "extra", "any"]))
    if kind == "any":
        return {"s": s, "t": draw(st.text("abcd", min_size=1, max_size=12))}
    t = list(draw(st.permutations(list(s))))
    if kind == "swap-letter":
        i = draw(st.integers(0, len(t) - 1))
        t[i] = draw(st.sampled_from("abcde"))  # may change the counts, keeping the length
    elif kind == "extra":
        t.insert(draw(st.integers(0, len(t))), draw(st.sampled_from("abcd")))
    return {"s": s, "t": "".join(t)}


def inputs():
    return _case()


EXAMPLES = [
    ({"s": "listen", "t": "silent"}, True),
    ({"s": "abc", "t": "abd"}, False),
    ({"s": "a", "t": "a"}, True),
    ({"s": "car", "t": "rat"}, False),
    ({"s": "zzyx", "t": "xzyz"}, True),
    ({"s": "hello", "t": "world"}, False),
]


def large(n, rng):
    # an anagram: every count has to be compared in full
    s = [rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n // 2)]
    t = s[:]
    rng.shuffle(t)
    return {"s": "".join(s), "t": "".join(t)}
