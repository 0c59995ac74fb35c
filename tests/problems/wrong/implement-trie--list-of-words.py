# verdict: too_slow
# correct, but keeps the words in a plain list and answers every query by scanning all of them:
# O(words) per call instead of O(length of the argument)
class Trie:
    def __init__(self):
        self.words = []

    def insert(self, word):
        self.words.append(word)

    def search(self, word):
        return any(w == word for w in self.words)

    def starts_with(self, prefix):
        return any(w.startswith(prefix) for w in self.words)
