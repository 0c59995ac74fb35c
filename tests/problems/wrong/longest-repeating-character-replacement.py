# verdict: wrong_answer
# When the window needs more than k replacements it throws the whole window away and restarts at
# the current letter, instead of sliding the left edge: letters shared with the next window are lost.
def character_replacement(s, k):
    counts = {}
    left = best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        if right - left + 1 - max(counts.values()) > k:
            counts = {ch: 1}
            left = right
        best = max(best, right - left + 1)
    return best
