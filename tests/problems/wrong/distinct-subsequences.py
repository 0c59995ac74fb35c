# verdict: wrong_answer
# Takes a shortcut when s and t have the same length ("then the only way is to take all of s")
# and returns 1 without checking that s actually equals t.
def num_distinct(s, t):
    if len(s) == len(t):
        return 1
    ways = [1] + [0] * len(t)
    for ch in s:
        for j in range(len(t), 0, -1):
            if t[j - 1] == ch:
                ways[j] += ways[j - 1]
    return ways[-1]
