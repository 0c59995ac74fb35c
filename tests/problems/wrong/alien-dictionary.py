# verdict: wrong_answer
# Only looks for direct contradictions (a before b and b before a) and then orders the letters by a
# DFS with a plain visited set: a longer cycle such as a < b < c < a is never noticed.
def alien_order(words):
    letters = sorted(set("".join(words)))
    after = {c: [] for c in letters}
    rules = set()
    for w1, w2 in zip(words, words[1:]):
        for a, b in zip(w1, w2):
            if a != b:
                rules.add((a, b))
                after[a].append(b)
                break
        else:
            if len(w1) > len(w2):
                return ""
    if any((b, a) in rules for a, b in rules):
        return ""
    seen, order = set(), []

    def visit(c):
        seen.add(c)
        for d in after[c]:
            if d not in seen:
                visit(d)
        order.append(c)

    for c in letters:
        if c not in seen:
            visit(c)
    return "".join(reversed(order))
