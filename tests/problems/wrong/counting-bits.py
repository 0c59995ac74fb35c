# verdict: wrong_answer
# Builds a 256-entry table of byte counts (as in C) and reads ans[i] = table[i & 0xFF], as if every
# i fitted in one byte: from 256 on, the bits of the higher byte are never counted.
def count_bits(n):
    table = [0] * 256
    for b in range(1, 256):
        table[b] = table[b >> 1] + (b & 1)
    return [table[i & 0xFF] for i in range(n + 1)]
