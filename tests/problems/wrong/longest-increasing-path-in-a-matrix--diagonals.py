# verdict: wrong_answer
# Reuses an eight-direction neighbour loop from another grid problem, so paths may also step
# diagonally.
from functools import lru_cache


def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])

    @lru_cache(maxsize=None)
    def longest_from(r, c):
        best = 1
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                    best = max(best, 1 + longest_from(nr, nc))
        return best

    return max(longest_from(r, c) for r in range(rows) for c in range(cols))
