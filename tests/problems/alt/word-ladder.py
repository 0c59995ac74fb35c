def ladder_length(begin_word, end_word, word_list):
    # BFS one whole layer at a time, trying every letter in every position
    words = set(word_list)
    if end_word not in words:
        return 0
    layer = {begin_word}
    words.discard(begin_word)
    steps = 1
    while layer:
        if end_word in layer:
            return steps
        nxt = set()
        for w in layer:
            for i in range(len(w)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    cand = w[:i] + ch + w[i + 1 :]
                    if cand in words:
                        words.discard(cand)
                        nxt.add(cand)
        layer = nxt
        steps += 1
    return 0
