# verdict: too_slow
# After sinking each island, looks for the next land cell by scanning again from the top-left
# corner: right, but O(cells * islands) where one pass over the grid is O(cells).
def num_islands(grid):
    grid = [row[:] for row in grid]
    rows, cols = len(grid), len(grid[0])

    def next_land():
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1":
                    return r, c
        return None

    islands = 0
    while (start := next_land()) is not None:
        islands += 1
        stack = [start]
        grid[start[0]][start[1]] = "0"
        while stack:
            y, x = stack.pop()
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1":
                    grid[ny][nx] = "0"
                    stack.append((ny, nx))
    return islands
