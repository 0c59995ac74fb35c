def kth_smallest(matrix, k):
    return sorted(v for row in matrix for v in row)[k - 1]
