# verdict: wrong_answer
# Reduces the counts modulo 10^9 + 7 out of habit, though the problem asks for the exact count.
def unique_paths(m, n):
    mod = 10**9 + 7
    ways = [1] * n
    for _ in range(m - 1):
        for c in range(1, n):
            ways[c] = (ways[c] + ways[c - 1]) % mod
    return ways[-1]
