# verdict: wrong_answer
# Builds the trie with node[ch] = {} for every letter, which replaces a child another root has
# already built: a root inserted earlier loses its end mark when a later root shares its prefix.
def replace_words(dictionary, sentence):
    root = {}
    for word in dictionary:
        node = root
        for ch in word:
            node[ch] = {}
            node = node[ch]
        node["$"] = True
    out = []
    for word in sentence.split(" "):
        node, replaced = root, word
        for i, ch in enumerate(word):
            if ch not in node:
                break
            node = node[ch]
            if "$" in node:
                replaced = word[: i + 1]
                break
        out.append(replaced)
    return " ".join(out)
