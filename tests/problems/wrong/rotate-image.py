# verdict: wrong_answer
# transposes and then reverses the ORDER OF ROWS instead of each row: that is a counter-clockwise turn
def rotate(matrix):
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    matrix.reverse()
    return matrix
