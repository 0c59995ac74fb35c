# verdict: too_slow
# correct, but from every start grows a window until it covers t: O(len(s)^2) instead of one
# sliding pass
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    best = ""
    for i in range(len(s)):
        missing = len(t)
        have = Counter()
        for j in range(i, len(s)):
            have[s[j]] += 1
            if have[s[j]] <= need[s[j]]:
                missing -= 1
            if missing == 0:
                if not best or j - i + 1 < len(best):
                    best = s[i : j + 1]
                break
    return best
