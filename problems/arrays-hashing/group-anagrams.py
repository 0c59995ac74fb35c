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


def inputs():
    word = st.text(alphabet="abc", max_size=4)
    return st.lists(word, min_size=1, max_size=30).map(lambda strs: {"strs": strs})


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
    return {"strs": ["".join(rng.choices("abcde", k=rng.randint(0, 6))) for _ in range(n)]}
