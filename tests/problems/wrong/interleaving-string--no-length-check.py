# verdict: wrong_answer
# Never compares len(s3) with len(s1) + len(s2): an s3 with extra characters at the end is
# accepted as soon as its beginning is an interleaving, and a short one runs off its end.
from functools import lru_cache


def is_interleave(s1, s2, s3):
    @lru_cache(maxsize=None)
    def can(i, j):
        if i == len(s1) and j == len(s2):
            return True
        k = i + j
        if k >= len(s3):
            return False
        return (i < len(s1) and s1[i] == s3[k] and can(i + 1, j)) or (
            j < len(s2) and s2[j] == s3[k] and can(i, j + 1)
        )

    return can(0, 0)
