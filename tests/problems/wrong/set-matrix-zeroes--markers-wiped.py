# verdict: wrong_answer
# clears the first row as soon as it is known to hold a zero, before the column markers stored
# in that row have been read: every column is then cleared
def set_zeroes(matrix):
    rows, cols = len(matrix), len(matrix[0])
    first_row = 0 in matrix[0]
    first_col = any(matrix[r][0] == 0 for r in range(rows))
    for r in range(1, rows):
        for c in range(1, cols):
            if matrix[r][c] == 0:
                matrix[r][0] = 0
                matrix[0][c] = 0
    if first_row:
        for c in range(cols):
            matrix[0][c] = 0
    for r in range(1, rows):
        for c in range(1, cols):
            if matrix[r][0] == 0 or matrix[0][c] == 0:
                matrix[r][c] = 0
    if first_col:
        for r in range(rows):
            matrix[r][0] = 0
