# verdict: wrong_answer
# slides a window and compares the SUM of its letter codes with s1's, never checking the letters
# themselves: "ac" and "bb" have the same sum
def check_inclusion(s1, s2):
    m = len(s1)
    if m > len(s2):
        return False
    target = sum(map(ord, s1))
    window = sum(map(ord, s2[:m]))
    if window == target:
        return True
    for i in range(m, len(s2)):
        window += ord(s2[i]) - ord(s2[i - m])
        if window == target:
            return True
    return False
