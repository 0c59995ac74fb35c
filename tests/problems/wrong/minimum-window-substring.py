# verdict: wrong_answer
# only asks that each DISTINCT letter of t be in the window, so t = "aa" is satisfied by one "a"
def min_window(s, t):
    need = set(t)
    best = ""
    left = 0
    have = {}
    for right, ch in enumerate(s):
        have[ch] = have.get(ch, 0) + 1
        while all(have.get(c, 0) > 0 for c in need):
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            have[s[left]] -= 1
            left += 1
    return best
