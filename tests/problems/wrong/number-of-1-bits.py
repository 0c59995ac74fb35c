# verdict: wrong_answer
# Counts a nibble at a time from a hand-typed table, with one slip in it: 0b0110 is written as
# holding 1 set bit instead of 2.
_NIBBLE = [0, 1, 1, 2, 1, 2, 1, 3, 1, 2, 2, 3, 2, 3, 3, 4]


def hamming_weight(n):
    count = 0
    while n:
        count += _NIBBLE[n & 0xF]
        n >>= 4
    return count
