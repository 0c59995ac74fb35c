# verdict: wrong_answer
# after each window it finds, starts over with an empty window after it, so a shorter window
# that overlaps the one just found is never seen
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    best = ""
    left = 0
    have = Counter()
    missing = len(t)
    for right, ch in enumerate(s):
        have[ch] += 1
        if have[ch] <= need[ch]:
            missing -= 1
        if missing == 0:
            while have[s[left]] > need[s[left]]:
                have[s[left]] -= 1
                left += 1
            if not best or right - left + 1 < len(best):
                best = s[left : right + 1]
            have, missing, left = Counter(), len(t), right + 1
    return best
