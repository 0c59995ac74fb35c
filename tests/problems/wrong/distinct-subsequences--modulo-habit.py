# verdict: wrong_answer
# Reduces the count modulo 10^9 + 7 out of habit; this problem asks for the exact count, which
# passes 10^9 + 7 for a long run of one letter.
def num_distinct(s, t):
    mod = 10**9 + 7
    ways = [1] + [0] * len(t)
    for ch in s:
        for j in range(len(t), 0, -1):
            if t[j - 1] == ch:
                ways[j] = (ways[j] + ways[j - 1]) % mod
    return ways[-1]
