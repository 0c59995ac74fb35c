# verdict: wrong_answer
# finds each row's position with matrix.index(row) instead of counting, so a row equal to an
# earlier row is written to the earlier row's column and its own column stays empty
def rotate(matrix):
    n = len(matrix)
    rotated = [[0] * n for _ in range(n)]
    for row in matrix:
        i = matrix.index(row)
        for j, value in enumerate(row):
            rotated[j][n - 1 - i] = value
    matrix[:] = rotated
    return matrix
