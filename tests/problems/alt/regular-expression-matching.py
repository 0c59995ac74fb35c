from functools import lru_cache


def is_match(s, p):
    # top-down over (position in s, position in p)
    @lru_cache(maxsize=None)
    def match(i, j):
        if j == len(p):
            return i == len(s)
        head = i < len(s) and (p[j] == "." or p[j] == s[i])
        if j + 1 < len(p) and p[j + 1] == "*":
            return match(i, j + 2) or (head and match(i + 1, j))
        return head and match(i + 1, j + 1)

    return match(0, 0)
