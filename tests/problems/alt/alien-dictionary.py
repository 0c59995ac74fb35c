def alien_order(words):
    # DFS post-order topological sort with cycle detection
    letters = set("".join(words))
    after = {c: set() for c in letters}
    for w1, w2 in zip(words, words[1:]):
        i = 0
        while i < min(len(w1), len(w2)) and w1[i] == w2[i]:
            i += 1
        if i < min(len(w1), len(w2)):
            after[w1[i]].add(w2[i])
        elif len(w1) > len(w2):
            return ""
    state = {}
    out = []

    def visit(c):
        if state.get(c) == "active":
            return False
        if state.get(c) == "done":
            return True
        state[c] = "active"
        for d in after[c]:
            if not visit(d):
                return False
        state[c] = "done"
        out.append(c)
        return True

    for c in letters:
        if not visit(c):
            return ""
    return "".join(reversed(out))
