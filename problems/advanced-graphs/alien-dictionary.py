"""Alien Dictionary

An alien language writes with lowercase English letters, but its alphabet has an unknown order.
You are given `words`, a list that is supposed to be sorted lexicographically under that order
(two words compare at the first position where they differ; a word that is a prefix of a longer
word comes before it).

Return a string that contains each distinct letter occurring in `words` once, arranged in an order
under which the list really is sorted. If no order works (the comparisons contradict each other, or
a word is listed before one of its own proper prefixes, like "abc" before "ab"), return "".
When several orders work (the list does not fix the relative order of some letters), any of them
is accepted.

Constraints: 1 <= len(words) <= 10^4; 1 <= len(words[i]) <= 20; only 'a'-'z'. Words may repeat.

Example: words = ["wrt", "wrf", "er", "ett", "rftt"] -> "wertf"
    (t < f from wrt/wrf, w < e from wrf/er, r < t from er/ett, e < r from ett/rftt)

Example: words = ["z", "x", "z"] -> ""   (z < x and x < z)
"""

from collections import deque
from itertools import pairwise

from hypothesis import strategies as st

TITLE = "Alien Dictionary"
CATEGORY = "advanced-graphs"
PATTERNS = ["topological-sort", "graph"]
DIFFICULTY = "hard"
FUNCTION = "alien_order"
COMPLEXITY = "O(C)"   # C = total number of characters in words
TARGET_MINUTES = 35


def _rules(words):
    """The (before, after) letter pairs the list implies, or None if a prefix comes too late."""
    rules = set()
    for w1, w2 in pairwise(words):
        for a, b in zip(w1, w2, strict=False):
            if a != b:
                rules.add((a, b))
                break
        else:
            if len(w1) > len(w2):
                return None
    return rules


def reference(words: list[str]) -> str:
    rules = _rules(words)
    if rules is None:
        return ""
    letters = sorted(set("".join(words)))
    after = {c: [] for c in letters}
    indegree = {c: 0 for c in letters}
    for a, b in rules:
        after[a].append(b)
        indegree[b] += 1
    queue = deque(c for c in letters if indegree[c] == 0)
    order = []
    while queue:
        c = queue.popleft()
        order.append(c)
        for d in after[c]:
            indegree[d] -= 1
            if indegree[d] == 0:
                queue.append(d)
    return "".join(order) if len(order) == len(letters) else ""


@st.composite
def _case(draw):
    alphabet = draw(st.permutations("abcde"))[: draw(st.integers(1, 5))]
    word = st.text(alphabet=alphabet, min_size=1, max_size=3)
    words = draw(st.lists(word, min_size=1, max_size=8))
    mode = draw(st.integers(0, 4))
    if mode != 4:  # sorted by the hidden order: valid unless changed below
        words.sort(key=lambda w: [alphabet.index(c) for c in w])
    if mode == 2 and len(words) > 1:  # one neighbouring pair swapped
        i = draw(st.integers(0, len(words) - 2))
        words[i], words[i + 1] = words[i + 1], words[i]
    if mode == 3:  # a proper prefix of some word placed right after it: never valid
        i = draw(st.integers(0, len(words) - 1))
        if len(words[i]) > 1:
            words.insert(i + 1, words[i][: draw(st.integers(1, len(words[i]) - 1))])
    return {"words": words}  # mode 4: arbitrary order


def inputs():
    return _case()


EXAMPLES = [
    ({"words": ["wrt", "wrf", "er", "ett", "rftt"]}, "wertf"),
    ({"words": ["z", "x", "z"]}, ""),
    ({"words": ["z", "x"]}, "zx"),
    ({"words": ["abc", "ab"]}, ""),
    ({"words": ["ab", "abc"]}, "abc"),
    ({"words": ["a"]}, "a"),
    ({"words": ["ba", "bc", "ac", "cab"]}, "bac"),
    ({"words": ["aa", "aa", "b"]}, "ab"),
]


def large(n, rng):
    """About n characters: n // 6 words of 1-10 letters, sorted by a random order of a-z."""
    alphabet = [chr(97 + i) for i in range(26)]
    rng.shuffle(alphabet)
    rank = {c: i for i, c in enumerate(alphabet)}
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
             for _ in range(max(1, n // 6))]
    words.sort(key=lambda w: [rank[c] for c in w])
    return {"words": words}


def check(kwargs, expected, got) -> bool:
    if not isinstance(got, str):
        return False
    if expected == "":
        return got == ""
    words = kwargs["words"]
    if sorted(got) != sorted(set("".join(words))):
        return False
    position = {c: i for i, c in enumerate(got)}
    return all(position[a] < position[b] for a, b in _rules(words))
