# verdict: wrong_answer
# picks the row with bisect_left on the first column and steps back one, so a target that is
# itself the first value of a row is searched for in the row above
from bisect import bisect_left


def search_matrix(matrix, target):
    firsts = [row[0] for row in matrix]
    r = bisect_left(firsts, target) - 1
    row = matrix[r]
    c = bisect_left(row, target)
    return c < len(row) and row[c] == target
