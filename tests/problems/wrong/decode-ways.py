# verdict: wrong_answer
# Reads a two-digit piece as 10-19 or 21-26: the check for a leading 2 wants a second digit 1-6,
# so 20 is never read as T and "20" alone has no decoding.
def num_decodings(s):
    prev, cur = 1, 1 if s[0] != "0" else 0
    for i in range(1, len(s)):
        nxt = cur if s[i] != "0" else 0
        if s[i - 1] == "1" or (s[i - 1] == "2" and "1" <= s[i] <= "6"):
            nxt += prev
        prev, cur = cur, nxt
    return cur
