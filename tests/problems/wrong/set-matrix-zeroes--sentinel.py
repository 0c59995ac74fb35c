# verdict: wrong_answer
# marks the cells to clear with a value it assumes never occurs (2**31 - 1), then turns the marks
# into zeroes: a matrix that really holds 2**31 - 1 loses those cells too
MARK = 2**31 - 1


def set_zeroes(matrix):
    rows, cols = len(matrix), len(matrix[0])
    for r in range(rows):
        for c in range(cols):
            if matrix[r][c] == 0:
                for j in range(cols):
                    if matrix[r][j] != 0:
                        matrix[r][j] = MARK
                for i in range(rows):
                    if matrix[i][c] != 0:
                        matrix[i][c] = MARK
    for r in range(rows):
        for c in range(cols):
            if matrix[r][c] == MARK:
                matrix[r][c] = 0
