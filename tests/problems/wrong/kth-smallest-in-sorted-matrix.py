# verdict: wrong_answer
# assumes sorted rows and columns mean the matrix is sorted in reading order, so indexes row-major
def kth_smallest(matrix, k):
    n = len(matrix)
    return matrix[(k - 1) // n][(k - 1) % n]
