# verdict: wrong_answer
# Compares only the first two strings, ignoring where the later ones break off.
def longest_common_prefix(strs):
    if len(strs) == 1:
        return strs[0]
    a, b = strs[0], strs[1]
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]
