# verdict: too_slow
# Right sums, but builds the answer list by prepending each bit (out = [bit] + out), which
# copies the whole answer so far on every column: O(n^2) instead of O(n).


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
        out = [str(total % 2)] + out
        carry = total // 2
    return "".join(out)
