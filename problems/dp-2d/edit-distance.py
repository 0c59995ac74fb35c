"""Edit Distance

Given two strings `word1` and `word2`, return the smallest number of single-character edits that
turn `word1` into `word2`. An edit is one of: insert a character, delete a character, or replace a
character with another one.

Constraints: 0 <= len(word1), len(word2) <= 10^5; lowercase English letters only;
len(word1) * len(word2) <= 10^6.

Example: word1 = "horse", word2 = "ros" -> 3   (horse -> rorse (replace h) -> rose (delete r)
-> ros (delete e))

Example: word1 = "", word2 = "abc" -> 3   (three inserts)
"""

from hypothesis import strategies as st

TITLE = "Edit Distance"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "string"]
DIFFICULTY = "medium"
FUNCTION = "min_distance"
COMPLEXITY = "O(m * n)"
TARGET_MINUTES = 30


def reference(word1: str, word2: str) -> int:
    # prev[j] = distance between the word1 prefix so far and word2[:j]
    prev = list(range(len(word2) + 1))
    for i, a in enumerate(word1, 1):
        cur = [i]
        for j, b in enumerate(word2, 1):
            if a == b:
                cur.append(prev[j - 1])
            else:
                cur.append(1 + min(prev[j - 1], prev[j], cur[j - 1]))  # replace, delete, insert
        prev = cur
    return prev[-1]


@st.composite
def _case(draw):
    alphabet = draw(st.sampled_from(["ab", "abc", "abcdef"]))
    text = st.text(alphabet=alphabet, max_size=10)
    word1 = draw(text)
    if len(word1) >= 2 and draw(st.booleans()):
        # a near miss: word1 with neighbouring letters swapped once or twice (a swap is two edits)
        word2 = list(word1)
        for _ in range(draw(st.integers(1, 2))):
            i = draw(st.integers(0, len(word2) - 2))
            word2[i], word2[i + 1] = word2[i + 1], word2[i]
        return {"word1": word1, "word2": "".join(word2)}
    return {"word1": word1, "word2": draw(text)}


def inputs():
    return _case()


EXAMPLES = [
    ({"word1": "horse", "word2": "ros"}, 3),
    ({"word1": "intention", "word2": "execution"}, 5),
    ({"word1": "", "word2": ""}, 0),
    ({"word1": "", "word2": "abc"}, 3),
    ({"word1": "abc", "word2": ""}, 3),
    ({"word1": "a", "word2": "b"}, 1),
    ({"word1": "kitten", "word2": "sitting"}, 3),
    ({"word1": "abc", "word2": "abc"}, 0),
]


def large(n, rng):
    """word1 of about n letters against an 8-letter word2 (about 8n table cells)."""
    word1 = "".join(rng.choice("abcd") for _ in range(max(1, n - 8)))
    word2 = "".join(rng.choice("abcd") for _ in range(8))
    return {"word1": word1, "word2": word2}
