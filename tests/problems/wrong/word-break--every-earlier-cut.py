# verdict: too_slow
# for every end, tries every earlier start, not just those within the longest word: O(n^2)
def word_break(s, word_dict):
    words = set(word_dict)
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in words for j in range(i))
    return ok[len(s)]
