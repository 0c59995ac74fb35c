# verdict: wrong_answer
# Picks the row with bisect_right on the rows' last values (clamped to the last row), so a target
# that is itself the last value of a row is looked for in the row below.
from bisect import bisect_left, bisect_right


def search_matrix(matrix, target):
    lasts = [row[-1] for row in matrix]
    r = min(bisect_right(lasts, target), len(matrix) - 1)
    row = matrix[r]
    c = bisect_left(row, target)
    return c < len(row) and row[c] == target
