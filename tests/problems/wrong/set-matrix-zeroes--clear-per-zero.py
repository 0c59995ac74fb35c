# verdict: too_slow
# correct, but clears a copy's row and column once for every zero: O(m * n * (m + n))
def set_zeroes(matrix):
    rows, cols = len(matrix), len(matrix[0])
    original = [row[:] for row in matrix]
    for r in range(rows):
        for c in range(cols):
            if original[r][c] == 0:
                for j in range(cols):
                    matrix[r][j] = 0
                for i in range(rows):
                    matrix[i][c] = 0
