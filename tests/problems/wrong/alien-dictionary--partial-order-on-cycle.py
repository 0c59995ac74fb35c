# verdict: wrong_answer
# Kahn's algorithm without the final length check: on contradictory rules it returns the letters
# outside the cycle instead of "".
from collections import deque


def alien_order(words):
    letters = sorted(set("".join(words)))
    after = {c: set() for c in letters}
    for w1, w2 in zip(words, words[1:]):
        for a, b in zip(w1, w2):
            if a != b:
                after[a].add(b)
                break
        else:
            if len(w1) > len(w2):
                return ""
    indegree = {c: 0 for c in letters}
    for a in letters:
        for b in after[a]:
            indegree[b] += 1
    queue = deque(c for c in letters if indegree[c] == 0)
    order = []
    while queue:
        c = queue.popleft()
        order.append(c)
        for d in after[c]:
            indegree[d] -= 1
            if indegree[d] == 0:
                queue.append(d)
    return "".join(order)
