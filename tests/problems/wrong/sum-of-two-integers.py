# verdict: wrong_answer
# Adds magnitudes with carries and subtracts them with borrows, but gives a mixed-sign sum the
# sign of the negative operand every time ("adding a negative makes it negative"): -3 + 10 comes
# out as -7.
def _add(x, y):
    while y:
        x, y = x ^ y, (x & y) << 1
    return x


def _sub(x, y):  # x >= y >= 0
    while y:
        borrow = ~x & y
        x, y = x ^ y, borrow << 1
    return x


def get_sum(a, b):
    if a >= 0 and b >= 0:
        return _add(a, b)
    if a < 0 and b < 0:
        return -_add(-a, -b)
    pos, neg = (a, -b) if a >= 0 else (b, -a)
    big, small = (pos, neg) if pos >= neg else (neg, pos)
    return -_sub(big, small)
