def set_zeroes(matrix):
    zero_rows = {r for r, row in enumerate(matrix) if 0 in row}
    zero_cols = {c for row in matrix for c, v in enumerate(row) if v == 0}
    for r, row in enumerate(matrix):
        for c in range(len(row)):
            if r in zero_rows or c in zero_cols:
                row[c] = 0
