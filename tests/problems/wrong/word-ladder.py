# verdict: wrong_answer
# compares a candidate with end_word before checking it is in word_list, so an end word
# missing from the list can still be "reached"
from collections import deque


def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    dist = {begin_word: 1}
    queue = deque([begin_word])
    while queue:
        w = queue.popleft()
        for i in range(len(w)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                cand = w[:i] + ch + w[i + 1 :]
                if cand == end_word:
                    return dist[w] + 1
                if cand in words and cand not in dist:
                    dist[cand] = dist[w] + 1
                    queue.append(cand)
    return 0
