# verdict: wrong_answer
# Binary search on the answer's value, counting entries <= mid per row, but on "enough" it moves
# hi to mid - 1 as in a search for an exact key: the answer itself can be stepped over.
from bisect import bisect_right
def kth_smallest(matrix, k):
    lo, hi = matrix[0][0], matrix[-1][-1]
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(bisect_right(row, mid) for row in matrix) < k:
            lo = mid + 1
        else:
            hi = mid - 1
    return lo
