# verdict: wrong_answer
# Keeps a window of counts and, when the next letter is not in s1 or would be one too many, throws
# the whole window away instead of sliding its left edge: "ab" inside "aab" is missed.
from collections import Counter
def check_inclusion(s1, s2):
    need = Counter(s1)
    window = Counter()
    size = 0
    for ch in s2:
        if need[ch] == 0 or window[ch] == need[ch]:
            window = Counter()
            size = 0
            if need[ch] == 0:
                continue
        window[ch] += 1
        size += 1
        if size == len(s1):
            return True
    return False
