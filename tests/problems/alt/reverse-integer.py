def reverse(x):
    digits = str(abs(x))[::-1]
    value = int(digits) * (-1 if x < 0 else 1)
    if value < -(2**31) or value > 2**31 - 1:
        return 0
    return value
