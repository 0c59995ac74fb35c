# verdict: wrong_answer
# insert() tries to skip work for words already stored, but stops at the first node marked as the
# end of a word: after "ab", inserting "abc" stops at "ab" and "abc" is never added.
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            if node.get("$"):
                return
            node = node.setdefault(ch, {})
        node["$"] = True

    def _walk(self, text):
        node = self.root
        for ch in text:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def search(self, word):
        node = self._walk(word)
        return node is not None and node.get("$", False)

    def starts_with(self, prefix):
        return self._walk(prefix) is not None
