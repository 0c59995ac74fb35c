# verdict: too_slow
# correct, but sorts every window of s2 to compare it with sorted s1: O(len(s2) * len(s1) log)
# instead of sliding letter counts
def check_inclusion(s1, s2):
    target = sorted(s1)
    m = len(s1)
    return any(sorted(s2[i : i + m]) == target for i in range(len(s2) - m + 1))
