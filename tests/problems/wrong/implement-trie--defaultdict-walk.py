# verdict: wrong_answer
# A trie of nested defaultdicts, walked with node = node[ch] in search and starts_with too: a
# lookup of a missing word creates its path, and starts_with (which asks "does this node lead
# anywhere?") then finds those empty nodes below a shorter prefix.
from collections import defaultdict


def _node():
    return defaultdict(_node)


class Trie:
    def __init__(self):
        self.root = _node()

    def _walk(self, s):
        node = self.root
        for ch in s:
            node = node[ch]
        return node

    def insert(self, word):
        self._walk(word)["$"] = True

    def search(self, word):
        return "$" in self._walk(word)

    def starts_with(self, prefix):
        return len(self._walk(prefix)) > 0
