# verdict: wrong_answer
# tries positions range(len(w) - 1), so the last letter is never changed
from collections import deque


def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    if end_word not in words:
        return 0
    dist = {begin_word: 1}
    queue = deque([begin_word])
    while queue:
        w = queue.popleft()
        if w == end_word:
            return dist[w]
        for i in range(len(w) - 1):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                cand = w[:i] + ch + w[i + 1 :]
                if cand in words and cand not in dist:
                    dist[cand] = dist[w] + 1
                    queue.append(cand)
    return 0
