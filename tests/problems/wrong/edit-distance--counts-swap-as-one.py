# verdict: wrong_answer
# Also allows swapping two neighbouring letters as one edit (Damerau's variant), which the problem
# does not: "ab" -> "ba" is two edits here, not one.
def min_distance(word1, word2):
    m, n = len(word1), len(word2)
    d = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        d[i][0] = i
    for j in range(n + 1):
        d[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            same = word1[i - 1] == word2[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (not same))
            if i > 1 and j > 1 and word1[i - 1] == word2[j - 2] and word1[i - 2] == word2[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[m][n]
