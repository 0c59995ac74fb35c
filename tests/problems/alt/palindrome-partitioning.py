from functools import lru_cache


def partition(s):
    # every partition of s[i:] is a palindromic first piece followed by a partition of the rest
    @lru_cache(maxsize=None)
    def rest(i):
        if i == len(s):
            return [[]]
        out = []
        for j in range(i + 1, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                out.extend([piece, *tail] for tail in rest(j))
        return out

    return rest(0)
