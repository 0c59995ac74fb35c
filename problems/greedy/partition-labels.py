"""Partition Labels

Given a string `s` of lowercase letters, cut it into as many consecutive pieces as possible so
that every letter appears in at most one piece (all copies of a letter end up in the same piece).
Return the lengths of the pieces, from left to right.

Constraints: 1 <= len(s) <= 10^5; `s` holds only 'a'-'z'.

Example: s = "abacbdeffe" -> [5, 1, 4]   ("abacb", "d", "effe")

Example: s = "abcba" -> [5]   (the last "a" ties everything together)
"""

from hypothesis import strategies as st

TITLE = "Partition Labels"
CATEGORY = "greedy"
PATTERNS = ["greedy", "merge-intervals", "two-pointers"]
DIFFICULTY = "medium"
FUNCTION = "partition_labels"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(s: str) -> list[int]:
    last = {ch: i for i, ch in enumerate(s)}
    sizes = []
    start = end = 0
    for i, ch in enumerate(s):
        end = max(end, last[ch])  # the piece must reach the last copy of every letter in it
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    return sizes


def inputs():
    alphabets = st.sampled_from(["ab", "abc", "abcdef", "abcdefghijkl"])
    return alphabets.flatmap(lambda a: st.text(alphabet=a, min_size=1, max_size=30)).map(
        lambda s: {"s": s})


EXAMPLES = [
    ({"s": "a"}, [1]),
    ({"s": "abacbdeffe"}, [5, 1, 4]),
    ({"s": "abcba"}, [5]),
    ({"s": "abc"}, [1, 1, 1]),
    ({"s": "aaaa"}, [4]),
    ({"s": "abab"}, [4]),
    ({"s": "caedbdedda"}, [1, 9]),
    ({"s": "ababcbacadefegdehijhklij"}, [9, 7, 8]),
]


def large(n, rng):
    """About n letters in 8 stretches, each drawn from its own 3 letters: at least 8 pieces."""
    alphabet = list("abcdefghijklmnopqrstuvwxyz")
    rng.shuffle(alphabet)
    stretch = max(1, n // 8)
    letters = [alphabet[3 * g:3 * g + 3] for g in range(8)]
    return {"s": "".join(rng.choice(group) for group in letters for _ in range(stretch))}
