# verdict: wrong_answer
# never marks where a word ends, so any stored word's PREFIX is reported as found
class WordDictionary:
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, pattern):
        def walk(node, i):
            if i == len(pattern):
                return True
            if pattern[i] == ".":
                return any(walk(child, i + 1) for child in node.values())
            return pattern[i] in node and walk(node[pattern[i]], i + 1)

        return walk(self.root, 0)
