# verdict: wrong_answer
# accepts any two-digit piece whose value is 1..26, so "06" counts as F and "106" gets 2 ways
def num_decodings(s):
    prev, cur = 1, 1 if s[0] != "0" else 0
    for i in range(1, len(s)):
        nxt = cur if s[i] != "0" else 0
        if 1 <= int(s[i - 1:i + 1]) <= 26:
            nxt += prev
        prev, cur = cur, nxt
    return cur
