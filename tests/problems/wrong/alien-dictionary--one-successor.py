# verdict: wrong_answer
# Keeps the rules in a dict from each letter to ONE following letter (after[a] = b), so a letter
# that must come before two others keeps only the last rule found and the first is lost.
from collections import deque


def alien_order(words):
    letters = sorted(set("".join(words)))
    after = {}
    for first, second in zip(words, words[1:]):
        for x, y in zip(first, second):
            if x != y:
                after[x] = y
                break
        else:
            if len(first) > len(second):
                return ""
    indegree = {c: 0 for c in letters}
    for y in after.values():
        indegree[y] += 1
    queue = deque(c for c in letters if indegree[c] == 0)
    order = []
    while queue:
        c = queue.popleft()
        order.append(c)
        if c in after:
            y = after[c]
            indegree[y] -= 1
            if indegree[y] == 0:
                queue.append(y)
    return "".join(order) if len(order) == len(letters) else ""
