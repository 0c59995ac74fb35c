# verdict: too_slow
# Plain backtracking: right answers, but without remembering which (i, j) pairs already failed,
# every ".*" retries all its splits each time the search comes back to it.
def is_match(s, p):
    def match(i, j):
        if j == len(p):
            return i == len(s)
        head = i < len(s) and (p[j] == "." or p[j] == s[i])
        if j + 1 < len(p) and p[j + 1] == "*":
            return match(i, j + 2) or (head and match(i + 1, j))
        return head and match(i + 1, j + 1)

    return match(0, 0)
