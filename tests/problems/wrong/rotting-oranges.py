# verdict: too_slow
# simulates minute by minute, rescanning the whole grid each minute: O(cells * minutes), quadratic on long crates
def oranges_rotting(grid):
    rows, cols = len(grid), len(grid[0])
    grid = [row[:] for row in grid]
    minutes = 0
    while True:
        to_rot = []
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1 and any(
                    0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 2
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                ):
                    to_rot.append((r, c))
        if not to_rot:
            break
        for r, c in to_rot:
            grid[r][c] = 2
        minutes += 1
    if any(1 in row for row in grid):
        return -1
    return minutes
