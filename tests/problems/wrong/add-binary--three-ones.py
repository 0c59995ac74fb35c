# verdict: wrong_answer
# Writes 0 and carries 1 whenever a column adds up to 2 or more, but a column of three 1s
# (1 + 1 + carry) must write 1, not 0.
def add_binary(a, b):
    out = []
    i, j, carry = len(a) - 1, len(b) - 1, 0
    while i >= 0 or j >= 0 or carry:
        total = carry
        if i >= 0:
            total += int(a[i])
            i -= 1
        if j >= 0:
            total += int(b[j])
            j -= 1
        if total >= 2:
            out.append("0")
            carry = 1
        else:
            out.append(str(total))
            carry = 0
    return "".join(reversed(out))
