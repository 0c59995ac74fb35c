"""Implement Trie (Prefix Tree)

Build a trie for lowercase words. Implement a class `Trie` with:

- `Trie()` builds an empty trie;
- `insert(word)` adds `word`;
- `search(word)` returns True when `word` itself was inserted before;
- `starts_with(prefix)` returns True when some inserted word begins with `prefix`.

Each operation takes time proportional to the length of its argument. Words and prefixes are
non-empty and use only `a`-`z`.

Constraints: 1 <= len(word), len(prefix) <= 2000; at most 10^5 calls.

Example: insert("apple"), search("apple") -> True, search("app") -> False,
starts_with("app") -> True, insert("app"), search("app") -> True
"""

from hypothesis import strategies as st

TITLE = "Implement Trie (Prefix Tree)"
CATEGORY = "tries"
PATTERNS = ["trie", "design"]
DIFFICULTY = "medium"
FUNCTION = "Trie"
COMPLEXITY = "O(n)"  # n = total characters over all calls
TARGET_MINUTES = 20


class Trie:
    def __init__(self) -> None:
        self.root: dict[str, dict] = {}

    def _walk(self, text: str) -> dict | None:
        node = self.root
        for ch in text:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = {}

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and "$" in node

    def starts_with(self, prefix: str) -> bool:
        return self._walk(prefix) is not None


reference = Trie

_word = st.text(alphabet="abc", min_size=1, max_size=5)


@st.composite
def _case(draw):
    ops, words = [], []
    for _ in range(draw(st.integers(0, 25))):
        op = draw(st.sampled_from(["insert", "search", "starts_with"]))
        if words and op != "insert" and draw(st.booleans()):
            word = draw(st.sampled_from(words))
            if op == "starts_with" or draw(st.booleans()):
                word = word[: draw(st.integers(1, len(word)))]
        else:
            word = draw(_word)
        if op == "insert":
            words.append(word)
        ops.append([op, [word]])
    return {"init": {}, "ops": ops}


def inputs():
    return _case()


EXAMPLES = [
    (
        {"init": {}, "ops": [["insert", ["apple"]], ["search", ["apple"]], ["search", ["app"]],
                             ["starts_with", ["app"]], ["insert", ["app"]], ["search", ["app"]]]},
        [None, True, False, True, None, True],
    ),
    ({"init": {}, "ops": [["search", ["a"]], ["starts_with", ["a"]]]}, [False, False]),
    (
        {"init": {}, "ops": [["insert", ["ab"]], ["search", ["abc"]], ["starts_with", ["abc"]],
                             ["starts_with", ["ab"]]]},
        [None, False, False, True],
    ),
    (
        {"init": {}, "ops": [["insert", ["a"]], ["insert", ["a"]], ["search", ["a"]]]},
        [None, None, True],
    ),
]


def large(n, rng):
    # n calls on words of 1-8 letters: total characters grow linearly with n.
    ops, words = [], []
    for _ in range(n // 4):
        word = "".join(rng.choice("abcdefgh") for _ in range(rng.randint(1, 8)))
        op = rng.choice(["insert", "insert", "search", "starts_with"])
        if op != "insert" and words and rng.random() < 0.5:
            word = rng.choice(words)[: rng.randint(1, 8)]
        if op == "insert":
            words.append(word)
        ops.append([op, [word]])
    return {"init": {}, "ops": ops}
