# verdict: too_slow
# Derives a rule from every pair of words, not just neighbours: the same order, but O(n^2) word
# comparisons where neighbouring pairs are enough.
from collections import deque


def alien_order(words):
    letters = sorted(set("".join(words)))
    after = {c: set() for c in letters}
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            w1, w2 = words[i], words[j]
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
    return "".join(order) if len(order) == len(letters) else ""
