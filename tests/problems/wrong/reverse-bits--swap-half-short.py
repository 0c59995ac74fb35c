# verdict: wrong_answer
# Swaps bit i with bit 31 - i for i in range(31 // 2), which is 15 pairs, not 16: the middle pair
# (bits 15 and 16) is never swapped.
def reverse_bits(n):
    for i in range(31 // 2):
        j = 31 - i
        if (n >> i & 1) != (n >> j & 1):
            n ^= (1 << i) | (1 << j)
    return n
