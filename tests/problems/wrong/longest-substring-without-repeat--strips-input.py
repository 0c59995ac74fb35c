# verdict: wrong_answer
# Strips the string before sliding the window, out of habit with text input: a space is a
# character like any other here, and a longest run may begin or end with one.
def length_of_longest_substring(s):
    s = s.strip()
    last = {}
    left = best = 0
    for right, ch in enumerate(s):
        if last.get(ch, -1) >= left:
            left = last[ch] + 1
        last[ch] = right
        best = max(best, right - left + 1)
    return best
