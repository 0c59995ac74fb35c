# verdict: wrong_answer
# masks to 32 bits so the loop ends, but returns the raw unsigned word: -3 comes back as 4294967293
def get_sum(a, b):
    mask = 0xFFFFFFFF
    a &= mask
    b &= mask
    while b:
        carry = ((a & b) << 1) & mask
        a = a ^ b
        b = carry
    return a
