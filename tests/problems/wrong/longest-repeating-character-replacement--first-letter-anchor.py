# verdict: wrong_answer
# assumes the letter to keep is the window's first letter: from each start it extends while at
# most k letters differ from it, so "ABBB" with k = 1 never tries turning the A into a B
def character_replacement(s, k):
    best = 0
    for i in range(len(s)):
        changes, j = 0, i
        while j < len(s) and (s[j] == s[i] or changes < k):
            changes += s[j] != s[i]
            j += 1
        best = max(best, j - i)
    return best
