def add_binary(a, b):
    # pad to one common length, add column by column from the right
    width = max(len(a), len(b))
    a, b = a.zfill(width), b.zfill(width)
    bits = []
    carry = 0
    for x, y in zip(reversed(a), reversed(b)):
        total = int(x) + int(y) + carry
        bits.append(str(total % 2))
        carry = total // 2
    if carry:
        bits.append("1")
    return "".join(reversed(bits))
