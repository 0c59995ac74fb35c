# verdict: wrong_answer
# DP that only moves right or down; the best route may need to go up or left around a high square
def swim_in_water(grid):
    n = len(grid)
    best = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            if r == 0 and c == 0:
                best[r][c] = grid[0][0]
                continue
            came = min(best[r - 1][c] if r else float("inf"), best[r][c - 1] if c else float("inf"))
            best[r][c] = max(came, grid[r][c])
    return best[n - 1][n - 1]
