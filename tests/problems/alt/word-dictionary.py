class WordDictionary:
    def __init__(self):
        self.by_length = {}

    def add_word(self, word):
        self.by_length.setdefault(len(word), set()).add(word)

    def search(self, pattern):
        for word in self.by_length.get(len(pattern), ()):
            if all(p == "." or p == c for p, c in zip(pattern, word)):
                return True
        return False
