from collections import Counter


def check_inclusion(s1, s2):
    target = Counter(s1)
    m = len(s1)
    return any(Counter(s2[i:i + m]) == target for i in range(len(s2) - m + 1))
