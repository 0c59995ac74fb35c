# verdict: wrong_answer
# Takes a two-digit piece when the first digit is 1 or 2 and the second is at most 6, applying
# the "<= 6" rule to 1 as well, so 17, 18 and 19 are never read as one letter.
def num_decodings(s):
    prev, cur = 1, 1 if s[0] != "0" else 0
    for i in range(1, len(s)):
        nxt = cur if s[i] != "0" else 0
        if s[i - 1] in "12" and s[i] <= "6":
            nxt += prev
        prev, cur = cur, nxt
    return cur
