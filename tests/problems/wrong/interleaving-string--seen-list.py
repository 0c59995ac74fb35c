# verdict: too_slow
# Breadth-first search over the (i, j) states, which is right, but the states already reached
# are kept in a list, so each `in` test scans it: O((m * n)^2) instead of O(m * n).


def is_interleave(s1, s2, s3):
    if len(s1) + len(s2) != len(s3):
        return False
    seen = [(0, 0)]
    frontier = [(0, 0)]
    while frontier:
        i, j = frontier.pop()
        if i + j == len(s3):
            return True
        c = s3[i + j]
        for nxt, ok in (((i + 1, j), i < len(s1) and s1[i] == c),
                        ((i, j + 1), j < len(s2) and s2[j] == c)):
            if ok and nxt not in seen:
                seen.append(nxt)
                frontier.append(nxt)
    return False
