# verdict: wrong_answer
# takes the first matching root in dictionary order instead of the shortest one
def replace_words(dictionary, sentence):
    out = []
    for word in sentence.split(" "):
        for root in dictionary:
            if word.startswith(root):
                word = root
                break
        out.append(word)
    return " ".join(out)
