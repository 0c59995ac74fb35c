# verdict: wrong_answer
# Processes the cells from the largest value down, but lets a path step onto an equal neighbour
# too: it counts non-decreasing paths, so a plateau of equal values makes paths too long.
def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])
    cells = sorted(((matrix[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
    best = [[1] * cols for _ in range(rows)]
    for v, r, c in cells:
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] >= v:
                best[r][c] = max(best[r][c], 1 + best[nr][nc])
    return max(max(row) for row in best)
