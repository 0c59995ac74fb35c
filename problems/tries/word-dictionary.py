"""Design Add and Search Words Data Structure

Build a class `WordDictionary` that stores words and answers pattern queries:

- `WordDictionary()` starts empty.
- `add_word(word)` stores `word` (adding a word twice is harmless). Returns None.
- `search(pattern)` returns True if some stored word matches `pattern` completely, False
  otherwise. A `.` in the pattern matches any single letter; other characters match themselves.
  The whole word must match: a stored "bat" matches "b.t" but not "b." or "ba".

Constraints: words and patterns are 1 to 25 characters; words use lowercase letters; patterns use
lowercase letters and at most 2 dots; at most 10^5 calls in total.

Example: add_word("bad"), add_word("dad"), add_word("mad"), search("pad") -> False,
search("bad") -> True, search(".ad") -> True, search("b..") -> True, search("b.") -> False

The judge passes {"init": {}, "ops": [["add_word", ["bad"]], ["search", [".ad"]], ...]} and compares
the list of every call's return value (None for add_word).
"""

from hypothesis import strategies as st

TITLE = "Design Add and Search Words Data Structure"
CATEGORY = "tries"
PATTERNS = ["trie", "design", "backtracking"]
DIFFICULTY = "medium"
FUNCTION = "WordDictionary"
COMPLEXITY = "O(n)"  # n = total characters; two dots widen a search by at most 26^2
TARGET_MINUTES = 25


class reference:
    def __init__(self):
        self.root = {}

    def add_word(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, pattern: str) -> bool:
        level = [self.root]
        for ch in pattern:
            if ch == ".":
                level = [child for node in level for key, child in node.items() if key != "$"]
            else:
                level = [node[ch] for node in level if ch in node]
            if not level:
                return False
        return any("$" in node for node in level)


_word = st.text("abc", min_size=1, max_size=4)


@st.composite
def _case(draw):
    ops, added = [], []
    for _ in range(draw(st.integers(1, 30))):
        if not added or draw(st.booleans()):
            word = draw(_word)
            added.append(word)
            ops.append(["add_word", [word]])
            continue
        base = draw(st.sampled_from(added) | _word)
        if draw(st.booleans()):  # maybe cut or extend it: prefixes are a classic trap
            base = base[:-1] or base + draw(_word)
        base = list(base[:25])
        for _ in range(draw(st.integers(0, 2))):
            base[draw(st.integers(0, len(base) - 1))] = "."
        ops.append(["search", ["".join(base)]])
    return {"init": {}, "ops": ops}


def inputs():
    return _case()


EXAMPLES = [
    ({"init": {}, "ops": [["add_word", ["bad"]], ["add_word", ["dad"]], ["add_word", ["mad"]],
                          ["search", ["pad"]], ["search", ["bad"]], ["search", [".ad"]],
                          ["search", ["b.."]], ["search", ["b."]]]},
     [None, None, None, False, True, True, True, False]),
    ({"init": {}, "ops": [["search", ["a"]], ["search", ["."]]]}, [False, False]),
    ({"init": {}, "ops": [["add_word", ["abc"]], ["search", ["ab"]], ["search", ["abcd"]],
                          ["search", ["..c"]]]}, [None, False, False, True]),
    ({"init": {}, "ops": [["add_word", ["a"]], ["add_word", ["a"]], ["search", ["."]],
                          ["search", [".."]]]}, [None, None, True, False]),
    ({"init": {}, "ops": [["add_word", ["ab"]], ["add_word", ["cd"]], ["search", [".d"]],
                          ["search", ["a."]], ["search", [".b"]], ["search", ["c."]],
                          ["search", [".c"]]]}, [None, None, True, True, True, True, False]),
]


def large(n, rng):
    letters = "abcdefghij"
    ops, added = [], []
    for i in range(n):
        if i % 2 == 0:
            word = "".join(rng.choice(letters) for _ in range(rng.randint(4, 8)))
            added.append(word)
            ops.append(["add_word", [word]])
        else:
            pattern = list(rng.choice(added))
            for _ in range(2):
                pattern[rng.randrange(len(pattern))] = "."
            ops.append(["search", ["".join(pattern)]])
    return {"init": {}, "ops": ops}
