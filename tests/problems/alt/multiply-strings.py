def multiply(num1, num2):
    # convolve the reversed digit lists, then normalise the carries in one pass
    a = [int(c) for c in reversed(num1)]
    b = [int(c) for c in reversed(num2)]
    acc = [0] * (len(a) + len(b))
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            acc[i + j] += x * y
    carry = 0
    for k in range(len(acc)):
        carry, acc[k] = divmod(acc[k] + carry, 10)
    while len(acc) > 1 and acc[-1] == 0:
        acc.pop()
    return "".join(str(d) for d in reversed(acc))
