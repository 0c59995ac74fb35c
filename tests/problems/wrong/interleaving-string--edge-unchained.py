# verdict: wrong_answer
# Fills the first row and column of the table by comparing single characters, forgetting that
# each edge cell also needs the cell before it to be True.
def is_interleave(s1, s2, s3):
    m, n = len(s1), len(s2)
    if m + n != len(s3):
        return False
    ok = [[False] * (n + 1) for _ in range(m + 1)]
    ok[0][0] = True
    for j in range(1, n + 1):
        ok[0][j] = s2[j - 1] == s3[j - 1]
    for i in range(1, m + 1):
        ok[i][0] = s1[i - 1] == s3[i - 1]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            c = s3[i + j - 1]
            ok[i][j] = (ok[i - 1][j] and s1[i - 1] == c) or (ok[i][j - 1] and s2[j - 1] == c)
    return ok[m][n]
