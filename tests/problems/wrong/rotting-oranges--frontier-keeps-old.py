# verdict: too_slow
# Each minute spreads from every rotten orange so far, not just the ones that rotted last minute:
# right, but old oranges are looked at again every minute, O(cells * minutes).
def oranges_rotting(grid):
    rows, cols = len(grid), len(grid[0])
    grid = [row[:] for row in grid]
    rotten = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
    fresh = sum(row.count(1) for row in grid)
    minutes = 0
    while fresh:
        new = []
        for r, c in rotten:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                    grid[nr][nc] = 2
                    fresh -= 1
                    new.append((nr, nc))
        if not new:
            return -1
        rotten += new
        minutes += 1
    return minutes
