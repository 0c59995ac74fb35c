# verdict: too_slow
# Long multiplication done as on paper, but row by row over the LONG number: each digit of num1
# times num2, shifted, is added to the running total as a string, and every addition walks the
# whole total, O(m * (m + n)) instead of O(m * n).
def _add(a, b):
    out, carry = [], 0
    i, j = len(a) - 1, len(b) - 1
    while i >= 0 or j >= 0 or carry:
        s = carry + (ord(a[i]) - 48 if i >= 0 else 0) + (ord(b[j]) - 48 if j >= 0 else 0)
        carry, d = divmod(s, 10)
        out.append(chr(48 + d))
        i -= 1
        j -= 1
    return "".join(reversed(out))


def _times_digit(num, d):
    out, carry = [], 0
    for c in reversed(num):
        carry, r = divmod((ord(c) - 48) * d + carry, 10)
        out.append(chr(48 + r))
    if carry:
        out.append(chr(48 + carry))
    return "".join(reversed(out))


def multiply(num1, num2):
    if num1 == "0" or num2 == "0":
        return "0"
    total = "0"
    for shift, c in enumerate(reversed(num1)):
        total = _add(total, _times_digit(num2, ord(c) - 48) + "0" * shift)
    return total
