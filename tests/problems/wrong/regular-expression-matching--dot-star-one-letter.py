# verdict: wrong_answer
# Reads ".*" as "any one letter, repeated": the first character it eats fixes the letter, so
# ".*" matches "aaa" but not "ab".
from functools import lru_cache


def is_match(s, p):
    @lru_cache(maxsize=None)
    def match(i, j, fixed):
        if j == len(p):
            return i == len(s)
        c = p[j]
        if j + 1 < len(p) and p[j + 1] == "*":
            if match(i, j + 2, None):
                return True
            if i < len(s):
                if c == ".":
                    letter = s[i] if fixed is None else fixed
                    return s[i] == letter and match(i + 1, j, letter)
                return s[i] == c and match(i + 1, j, None)
            return False
        return i < len(s) and (c == "." or s[i] == c) and match(i + 1, j + 1, None)

    return match(0, 0, None)
