# verdict: wrong_answer
# Lets each "x*" swallow as many matching characters as it can and never gives any back, so
# "aab" against "a*ab" fails: the star ate the a that the pattern still needed.
def is_match(s, p):
    i = j = 0
    while j < len(p):
        c = p[j]
        if j + 1 < len(p) and p[j + 1] == "*":
            while i < len(s) and (c == "." or s[i] == c):
                i += 1
            j += 2
        elif i < len(s) and (c == "." or s[i] == c):
            i += 1
            j += 1
        else:
            return False
    return i == len(s)
