# verdict: wrong_answer
# Computes each bit as x ^ y ^ carry but the next carry as x & y alone, ignoring the incoming
# carry: a carry that meets a single 1 is lost ("11" + "1" comes out as "0").
def add_binary(a, b):
    width = max(len(a), len(b))
    a, b = a.zfill(width), b.zfill(width)
    out = []
    carry = 0
    for x, y in zip(map(int, reversed(a)), map(int, reversed(b))):
        out.append(str(x ^ y ^ carry))
        carry = x & y
    if carry:
        out.append("1")
    return "".join(reversed(out)).lstrip("0") or "0"
