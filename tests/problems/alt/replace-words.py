def replace_words(dictionary, sentence):
    roots = set(dictionary)
    out = []
    for word in sentence.split(" "):
        for i in range(1, len(word) + 1):
            if word[:i] in roots:
                word = word[:i]
                break
        out.append(word)
    return " ".join(out)
