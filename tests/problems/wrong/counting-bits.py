# verdict: wrong_answer
# stops one short: range(n) covers 0..n-1, so the count for n itself is missing
def count_bits(n):
    ans = [0] * n
    for i in range(1, n):
        ans[i] = ans[i >> 1] + (i & 1)
    return ans
