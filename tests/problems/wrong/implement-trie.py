# verdict: wrong_answer
# No end-of-word mark: search() answers True for any prefix of an inserted word.
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def _walk(self, text):
        node = self.root
        for ch in text:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def search(self, word):
        return self._walk(word) is not None

    def starts_with(self, prefix):
        return self._walk(prefix) is not None
