# verdict: wrong_answer
# Reverses a nibble at a time from a hand-made table, taking 0101 and 1010 for palindromes as
# 0110 and 1001 are: those two entries are left unreversed.
_REVERSED = [0, 8, 4, 12, 2, 5, 6, 14, 1, 9, 10, 13, 3, 11, 7, 15]


def reverse_bits(n):
    result = 0
    for _ in range(8):
        result = (result << 4) | _REVERSED[n & 0xF]
        n >>= 4
    return result
