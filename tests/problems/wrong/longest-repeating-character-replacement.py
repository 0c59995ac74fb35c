# verdict: wrong_answer
# slides the left edge forward but never takes the dropped letter out of the counts
def character_replacement(s, k):
    counts = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        while right - left + 1 - max(counts.values()) > k:
            left += 1
        best = max(best, right - left + 1)
    return best
