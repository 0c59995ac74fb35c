# verdict: too_slow
# correct, but tests every substring s[i:j] by building a set of its characters: O(n^2)
# substrings, each copied, instead of one sliding pass
def length_of_longest_substring(s):
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if len(set(s[i:j])) == j - i:
                best = max(best, j - i)
    return best
