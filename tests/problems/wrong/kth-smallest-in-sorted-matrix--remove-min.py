# verdict: too_slow
# correct, but flattens the matrix and removes its minimum k - 1 times: O(n^2 * k)
def kth_smallest(matrix, k):
    values = [v for row in matrix for v in row]
    for _ in range(k - 1):
        values.remove(min(values))
    return min(values)
