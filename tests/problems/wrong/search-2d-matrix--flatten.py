# verdict: too_slow
# Flattens the matrix and tests membership: right, but O(m * n) where one binary search over the
# row-major order is O(log(m * n)).
def search_matrix(matrix, target):
    return target in [x for row in matrix for x in row]
