# verdict: wrong_answer
# the O(1)-memory marker trick with one flag too few: matrix[0][0] marks both the first row and
# the first column, so a zero anywhere in the first row also clears the first column
def set_zeroes(matrix):
    rows, cols = len(matrix), len(matrix[0])
    for r in range(rows):
        for c in range(cols):
            if matrix[r][c] == 0:
                matrix[r][0] = 0
                matrix[0][c] = 0
    for r in range(1, rows):
        for c in range(1, cols):
            if matrix[r][0] == 0 or matrix[0][c] == 0:
                matrix[r][c] = 0
    if matrix[0][0] == 0:
        for c in range(cols):
            matrix[0][c] = 0
        for r in range(rows):
            matrix[r][0] = 0
