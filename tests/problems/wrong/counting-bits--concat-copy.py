# verdict: too_slow
# Grows the answer with ans = ans + [count], which copies the whole list every time: right, but
# O(n^2) where appending is O(n).
def count_bits(n):
    ans = [0]
    for i in range(1, n + 1):
        ans = ans + [ans[i >> 1] + (i & 1)]  # noqa: RUF005 (the copy is the mistake)
    return ans
