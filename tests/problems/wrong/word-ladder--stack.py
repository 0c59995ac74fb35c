# verdict: wrong_answer
# pops from the end of the list (a depth-first walk), so the first ladder found need not be shortest
def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    if end_word not in words:
        return 0
    dist = {begin_word: 1}
    stack = [begin_word]
    while stack:
        w = stack.pop()
        if w == end_word:
            return dist[w]
        for i in range(len(w)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                cand = w[:i] + ch + w[i + 1 :]
                if cand in words and cand not in dist:
                    dist[cand] = dist[w] + 1
                    stack.append(cand)
    return 0
