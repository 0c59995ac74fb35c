# verdict: wrong_answer
# Binary search over the row-major order on a half-open range [lo, hi), but moves hi to mid - 1
# on "too big" as in the closed version, so index mid - 1 falls out of the range unseen.
def search_matrix(matrix, target):
    rows, cols = len(matrix), len(matrix[0])
    lo, hi = 0, rows * cols
    while lo < hi:
        mid = (lo + hi) // 2
        value = matrix[mid // cols][mid % cols]
        if value == target:
            return True
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return False
