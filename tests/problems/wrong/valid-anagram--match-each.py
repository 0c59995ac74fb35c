# verdict: too_slow
# For each letter of s, scans t from the start for an unused equal letter and marks it: O(n^2).
def is_anagram(s, t):
    if len(s) != len(t):
        return False
    used = [False] * len(t)
    for letter in s:
        for j, other in enumerate(t):
            if not used[j] and other == letter:
                used[j] = True
                break
        else:
            return False
    return True
