def get_sum(a, b):
    # add bit by bit with an explicit carry, on 33-bit two's complement words
    width = 33
    ua, ub = a & ((1 << width) - 1), b & ((1 << width) - 1)
    out, carry = 0, 0
    for i in range(width):
        x, y = ua >> i & 1, ub >> i & 1
        out |= (x ^ y ^ carry) << i
        carry = (x & y) | (carry & (x ^ y))
    if out >> (width - 1) & 1:
        out -= 1 << width
    return out
