def plus_one(digits):
    out = []
    carry = 1
    for d in reversed(digits):
        carry, d = divmod(d + carry, 10)
        out.append(d)
    if carry:
        out.append(carry)
    return out[::-1]
