# verdict: wrong_answer
# add_word() marks the end of a word only when it had to create a node for it, so a word that is
# a prefix of one added earlier ("ab" after "abc") is never marked and never found.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        created = False
        for ch in word:
            if ch not in node:
                node[ch] = {}
                created = True
            node = node[ch]
        if created:
            node["$"] = True

    def search(self, pattern):
        def walk(node, i):
            if i == len(pattern):
                return "$" in node
            if pattern[i] == ".":
                return any(walk(child, i + 1) for key, child in node.items() if key != "$")
            return pattern[i] in node and walk(node[pattern[i]], i + 1)

        return walk(self.root, 0)
