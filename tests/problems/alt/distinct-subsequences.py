from functools import lru_cache


def num_distinct(s, t):
    @lru_cache(maxsize=None)
    def count(i, j):
        # ways to spell t[j:] from s[i:]
        if j == len(t):
            return 1
        if len(s) - i < len(t) - j:
            return 0
        total = count(i + 1, j)  # skip s[i]
        if s[i] == t[j]:
            total += count(i + 1, j + 1)  # use s[i]
        return total

    return count(0, 0)
