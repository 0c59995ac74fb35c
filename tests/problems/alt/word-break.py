from collections import deque


def word_break(s, word_dict):
    # BFS over cut positions, extending with each word that matches there
    seen = {0}
    queue = deque([0])
    while queue:
        i = queue.popleft()
        if i == len(s):
            return True
        for w in word_dict:
            j = i + len(w)
            if j not in seen and s.startswith(w, i):
                seen.add(j)
                queue.append(j)
    return False
