# verdict: wrong_answer
# Has the right "burst k last between lo and hi" table, but pays the last balloon with its
# original neighbours k - 1 and k + 1 instead of the range ends lo and hi.
def max_coins(nums):
    v = [1, *nums, 1]
    n = len(v)
    best = [[0] * n for _ in range(n)]
    for lo in range(n - 3, -1, -1):
        for hi in range(lo + 2, n):
            best[lo][hi] = max(
                best[lo][k] + best[k][hi] + v[k - 1] * v[k] * v[k + 1] for k in range(lo + 1, hi)
            )
    return best[0][n - 1]
