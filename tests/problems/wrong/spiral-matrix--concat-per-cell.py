# verdict: too_slow
# correct, but grows the answer with `out = out + [value]`, which copies the whole list for every
# cell: O(n^2) instead of O(n)
def spiral_order(matrix):
    out = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out = out + [matrix[top][c]]  # noqa: RUF005
        for r in range(top + 1, bottom + 1):
            out = out + [matrix[r][right]]  # noqa: RUF005
        if top < bottom and left < right:
            for c in range(right - 1, left - 1, -1):
                out = out + [matrix[bottom][c]]  # noqa: RUF005
            for r in range(bottom - 1, top, -1):
                out = out + [matrix[r][left]]  # noqa: RUF005
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
