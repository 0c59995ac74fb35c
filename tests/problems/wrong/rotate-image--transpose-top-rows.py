# verdict: wrong_answer
# transposes only the first n // 2 + 1 rows, taking the part above the diagonal to lie in the top
# half; from n = 5 on the pairs in the lower rows (like (3, 4)) are never swapped
def rotate(matrix):
    n = len(matrix)
    for i in range(n // 2 + 1):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()
    return matrix
