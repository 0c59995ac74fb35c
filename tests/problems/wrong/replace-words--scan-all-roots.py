# verdict: too_slow
# correct, but checks every root against every word with startswith: O(words * roots) instead of
# one trie walk per word
def replace_words(dictionary, sentence):
    out = []
    for word in sentence.split(" "):
        best = word
        for root in dictionary:
            if len(root) < len(best) and word.startswith(root):
                best = root
        out.append(best)
    return " ".join(out)
