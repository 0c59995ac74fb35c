# verdict: wrong_answer
# Reduces the count modulo 10^9 + 7 out of habit (other counting problems ask for it); this one
# asks for the exact count, which passes 10^9 + 7 on about 45 ones in a row.
def num_decodings(s):
    mod = 10**9 + 7
    prev, cur = 1, 1 if s[0] != "0" else 0
    for i in range(1, len(s)):
        nxt = cur if s[i] != "0" else 0
        if s[i - 1] == "1" or (s[i - 1] == "2" and s[i] <= "6"):
            nxt += prev
        prev, cur = cur, nxt % mod
    return cur
