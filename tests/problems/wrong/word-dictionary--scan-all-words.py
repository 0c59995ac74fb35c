# verdict: too_slow
# correct, but keeps the words in a list and compares the pattern with every stored word:
# O(words) per search instead of a trie walk
class WordDictionary:
    def __init__(self):
        self.words = []

    def add_word(self, word):
        self.words.append(word)

    def search(self, pattern):
        for word in self.words:
            if len(word) == len(pattern) and all(
                p in (".", c) for p, c in zip(pattern, word, strict=True)
            ):
                return True
        return False
