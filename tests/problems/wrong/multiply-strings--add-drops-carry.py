# verdict: wrong_answer
# Sums the shifted partial products with a string addition whose loop stops when both strings
# run out, so a carry out of the top digit (as in 55 * 19: 495 + 550) is lost.
def _add(a, b):
    out, carry = [], 0
    i, j = len(a) - 1, len(b) - 1
    while i >= 0 or j >= 0:
        s = carry + (int(a[i]) if i >= 0 else 0) + (int(b[j]) if j >= 0 else 0)
        carry, d = divmod(s, 10)
        out.append(str(d))
        i -= 1
        j -= 1
    return "".join(reversed(out))


def _times_digit(num, d):
    out, carry = [], 0
    for c in reversed(num):
        carry, r = divmod(int(c) * d + carry, 10)
        out.append(str(r))
    if carry:
        out.append(str(carry))
    return "".join(reversed(out))


def multiply(num1, num2):
    if num1 == "0" or num2 == "0":
        return "0"
    total = "0"
    for shift, c in enumerate(reversed(num2)):
        total = _add(total, _times_digit(num1, int(c)) + "0" * shift)
    return total.lstrip("0") or "0"
