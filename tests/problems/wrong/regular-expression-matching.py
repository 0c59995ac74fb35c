# verdict: wrong_answer
# Checks the pattern against the start of s but never requires s to be used up: any pattern that
# matches a prefix of s (for example one that can match the empty string) is accepted.
def is_match(s, p):
    def match(i, j):
        if j == len(p):
            return True
        head = i < len(s) and (p[j] == "." or p[j] == s[i])
        if j + 1 < len(p) and p[j + 1] == "*":
            return match(i, j + 2) or (head and match(i + 1, j))
        return head and match(i + 1, j + 1)

    return match(0, 0)
