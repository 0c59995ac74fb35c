# verdict: wrong_answer
# Top-down, but of the three moves on a mismatch it only tries replace and delete: inserting is
# left to the base case, so letters can only be inserted at the end of word1, never in the middle.
from functools import lru_cache


def min_distance(word1, word2):
    @lru_cache(maxsize=None)
    def dist(i, j):
        if i == len(word1):
            return len(word2) - j
        if j == len(word2):
            return len(word1) - i
        if word1[i] == word2[j]:
            return dist(i + 1, j + 1)
        return 1 + min(dist(i + 1, j + 1), dist(i + 1, j))

    return dist(0, 0)
