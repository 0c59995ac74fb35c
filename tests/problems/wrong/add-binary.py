# verdict: wrong_answer
# Adds every column correctly but forgets the carry left over after the last column, so
# "1" + "1" comes out as "0".
def add_binary(a, b):
    out = []
    i, j, carry = len(a) - 1, len(b) - 1, 0
    while i >= 0 or j >= 0:
        total = carry
        if i >= 0:
            total += int(a[i])
            i -= 1
        if j >= 0:
            total += int(b[j])
            j -= 1
        out.append(str(total % 2))
        carry = total // 2
    return "".join(reversed(out)).lstrip("0") or "0"
