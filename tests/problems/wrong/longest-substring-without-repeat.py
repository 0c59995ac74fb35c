# verdict: wrong_answer
# Jumps the window's left edge to the last copy even when that copy is already outside the window ("abba").
def length_of_longest_substring(s):
    last = {}
    left = best = 0
    for right, ch in enumerate(s):
        if ch in last:
            left = last[ch] + 1
        last[ch] = right
        best = max(best, right - left + 1)
    return best
