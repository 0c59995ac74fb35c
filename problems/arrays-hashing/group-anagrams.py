"""Group Anagrams

You get a list of lowercase strings `strs`. Two strings are anagrams when one is a rearrangement
of the other's letters (same letters, each used the same number of times). Split the list into
groups of mutual anagrams and return the groups as a list of lists.

Every string of the input goes into exactly one group (a string repeated in the input appears
that many times in its group). The order of the groups, and the order inside each group, do not
matter.

Constraints: 1 <= len(strs) <= 10^5; 0 <= len(strs[i]) <= 100; only the letters a-z.

Example: strs = ["tea", "ate", "bat", "eat", "tab", "cat"]
-> [["tea", "ate", "eat"], ["bat", "tab"], ["cat"]]

Example: strs = ["ab", "aab", "", "ba"] -> [["ab", "ba"], ["aab"], [""]]   ("aab" has two a's)
"""

from hypothesis import strategies as st

TITLE = "Group Anagrams"
CATEGORY = "arrays-hashing"
PATTERNS = ["hashing", "sorting"]
DIFFICULTY = "medium"
FUNCTION = "group_anagrams"
COMPLEXITY = "O(n * m log m)"
TARGET_MINUTES = 20


def reference(strs: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for s in strs:
        groups.setdefault("".join(sorted(s)), []).append(s)
    return list(groups.values())


@st.composite
def _block_words(draw):
    """Words with letter counts of 10 or more, each maybe beside the word with the counts of two
    neighbouring letters swapped: "abbbbbbbbbbb" (1, 11) and "aaaaaaaaaaab" (11, 1)."""
    words = []
    for _ in range(draw(st.integers(1, 4))):
        counts = [draw(st.sampled_from([0, 1, 1, 2, 10, 11, 11, 12])) for _ in "abc"]
        shapes = [counts]
        if draw(st.booleans()):
            i = draw(st.integers(0, 1))
            swapped = list(counts)
            swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
            shapes.append(swapped)
        for shape in shapes:
            letters = "".join(c * k for c, k in zip("abc", shape, strict=True))
            words.append("".join(draw(st.permutations(letters))))
    return draw(st.permutations(words))


def inputs():
    short = st.lists(st.text(alphabet="abc", max_size=4), min_size=1, max_size=30)
    return st.one_of(short, _block_words()).map(lambda strs: {"strs": strs})


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(sorted(g) for g in got) == sorted(sorted(g) for g in expected)
    except TypeError:
        return False


EXAMPLES = [
    ({"strs": ["tea", "ate", "bat", "eat", "tab", "cat"]},
     [["tea", "ate", "eat"], ["bat", "tab"], ["cat"]]),
    ({"strs": ["ab", "aab", "", "ba"]}, [["ab", "ba"], ["aab"], [""]]),
    ({"strs": [""]}, [[""]]),
    ({"strs": ["", ""]}, [["", ""]]),
    ({"strs": ["x"]}, [["x"]]),
    ({"strs": ["abb", "bab", "aab"]}, [["abb", "bab"], ["aab"]]),
    ({"strs": ["ab", "ab", "ba"]}, [["ab", "ab", "ba"]]),
]


def large(n, rng):
    """n words of up to 8 letters a-z, about half of them rearrangements of an earlier word:
    about n / 2 groups, so a search through the groups found so far is driven to O(n^2)."""
    strs = []
    for _ in range(n):
        if strs and rng.random() < 0.5:
            letters = list(rng.choice(strs))
            rng.shuffle(letters)
            strs.append("".join(letters))
        else:
            strs.append("".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(1, 8))))
    return {"strs": strs}
