# verdict: too_slow
# Depth-first search from every cell without remembering the answers it has already worked out:
# correct, but the same path tails are walked again and again.
def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])

    def longest_from(r, c):
        best = 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                best = max(best, 1 + longest_from(nr, nc))
        return best

    return max(longest_from(r, c) for r in range(rows) for c in range(cols))
