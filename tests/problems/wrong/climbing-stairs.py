# verdict: wrong_answer
# Writes the answers for a few steps out by hand and miscounts four steps as 4 ways (1+1+1+1,
# 1+1+2 in three orders... but 2+2 is forgotten): it is 5.
def climb_stairs(n):
    small = [1, 1, 2, 3, 4]
    if n < len(small):
        return small[n]
    prev, cur = 1, 1
    for _ in range(n - 1):
        prev, cur = cur, prev + cur
    return cur
