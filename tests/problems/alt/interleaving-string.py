def is_interleave(s1, s2, s3):
    # breadth-first over the (i, j) states reachable while reading s3 left to right
    if len(s1) + len(s2) != len(s3):
        return False
    states = {(0, 0)}
    for c in s3:
        nxt = set()
        for i, j in states:
            if i < len(s1) and s1[i] == c:
                nxt.add((i + 1, j))
            if j < len(s2) and s2[j] == c:
                nxt.add((i, j + 1))
        if not nxt:
            return False
        states = nxt
    return (len(s1), len(s2)) in states
