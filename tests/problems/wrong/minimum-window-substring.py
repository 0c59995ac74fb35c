# verdict: wrong_answer
# Slides the window over the letters of s that occur in t only (with their positions), but
# measures a window by how many of those letters it holds instead of by its span in s, so a
# window with fewer other letters inside can lose to a longer one.
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    kept = [(i, ch) for i, ch in enumerate(s) if ch in need]
    missing = len(t)
    best = None
    left = 0
    for right, (_, ch) in enumerate(kept):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        while missing == 0:
            if best is None or right - left <= best[1] - best[0]:
                best = (left, right)
            first = kept[left][1]
            need[first] += 1
            if need[first] > 0:
                missing += 1
            left += 1
    if best is None:
        return ""
    return s[kept[best[0]][0]:kept[best[1]][0] + 1]
