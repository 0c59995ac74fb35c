# verdict: wrong_answer
# 1-D table updated left to right, so one character of s can be used for several positions of t
def num_distinct(s, t):
    ways = [1] + [0] * len(t)
    for ch in s:
        for j in range(1, len(t) + 1):
            if t[j - 1] == ch:
                ways[j] += ways[j - 1]
    return ways[-1]
