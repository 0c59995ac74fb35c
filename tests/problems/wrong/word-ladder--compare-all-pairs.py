# verdict: too_slow
# finds each word's neighbours by comparing it with every word in the list: O(n^2 * L)
from collections import deque


def ladder_length(begin_word, end_word, word_list):
    if end_word not in word_list:
        return 0
    dist = {begin_word: 1}
    queue = deque([begin_word])
    while queue:
        w = queue.popleft()
        if w == end_word:
            return dist[w]
        for cand in word_list:
            if cand not in dist and sum(a != b for a, b in zip(w, cand)) == 1:
                dist[cand] = dist[w] + 1
                queue.append(cand)
    return 0
