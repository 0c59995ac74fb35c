"""Word Break

Given a string `s` and a list of words `word_dict`, return True when `s` can be cut into pieces
that are all words of `word_dict` (a word may be used any number of times), and False otherwise.

Constraints: 1 <= len(s) <= 10^5; 1 <= len(word_dict) <= 1000; 1 <= len(word) <= 20; all strings
hold lowercase English letters; the words of `word_dict` are distinct.

Example: s = "sunnyday", word_dict = ["sun", "sunny", "day"] -> True   ("sunny" + "day")

Example: s = "sunnyda", word_dict = ["sun", "sunny", "day"] -> False
"""

from hypothesis import strategies as st

TITLE = "Word Break"
CATEGORY = "dp-1d"
PATTERNS = ["dp", "string"]
DIFFICULTY = "medium"
FUNCTION = "word_break"
COMPLEXITY = "O(n * L^2)"   # L: the longest word
TARGET_MINUTES = 20


def reference(s: str, word_dict: list[str]) -> bool:
    words = set(word_dict)
    longest = max(map(len, words))
    # ok[i]: the first i letters can be cut into words
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(max(0, i - longest), i):
            if ok[j] and s[j:i] in words:
                ok[i] = True
                break
    return ok[len(s)]


@st.composite
def _case(draw):
    alphabet = draw(st.sampled_from(["ab", "abc"]))
    word = st.text(alphabet=alphabet, min_size=1, max_size=4)
    word_dict = draw(st.lists(word, min_size=1, max_size=6, unique=True))
    if draw(st.booleans()):
        # glue dictionary words together, then maybe spoil one letter
        s = "".join(draw(st.lists(st.sampled_from(word_dict), min_size=1, max_size=8)))
        if draw(st.booleans()):
            at = draw(st.integers(0, len(s) - 1))
            s = s[:at] + draw(st.sampled_from(alphabet)) + s[at + 1 :]
    else:
        s = draw(st.text(alphabet=alphabet, min_size=1, max_size=20))
    return {"s": s, "word_dict": word_dict}


def inputs():
    return _case()


EXAMPLES = [
    ({"s": "a", "word_dict": ["b"]}, False),
    ({"s": "a", "word_dict": ["a"]}, True),
    ({"s": "pineapple", "word_dict": ["pine", "apple"]}, True),
    ({"s": "abab", "word_dict": ["ab"]}, True),
    ({"s": "aaaa", "word_dict": ["a", "aa"]}, True),
    ({"s": "xyz", "word_dict": ["x", "y"]}, False),
]


def large(n, rng):
    """n letters of glued dictionary words with a stray letter at the end, so no cut works and
    every position is tried."""
    word_dict = ["a", "ab", "ba", "abc", "cab", "bca", "cc"]
    parts = []
    length = 0
    while length < n - 1:
        w = rng.choice(word_dict)
        parts.append(w)
        length += len(w)
    return {"s": "".join(parts) + "z", "word_dict": word_dict}
