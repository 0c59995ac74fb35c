# verdict: wrong_answer
# Keeps the window's letters in a set, but on a repeat drops just ONE letter from the left
# (an `if` where a `while` belongs), so the window can still hold two copies of a letter.
def length_of_longest_substring(s):
    window = set()
    left = best = 0
    for ch in s:
        if ch in window:
            window.discard(s[left])
            left += 1
        window.add(ch)
        best = max(best, len(window))
    return best
