# verdict: too_slow
# Keeps the visited cells in a list and tests `(r, c) in seen`: right, but every test scans the
# list, O(cells^2) where a set or a grid of flags is O(1) per test.
def num_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = []
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or (r, c) in seen:
                continue
            islands += 1
            seen.append((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if (
                        0 <= ny < rows
                        and 0 <= nx < cols
                        and grid[ny][nx] == "1"
                        and (ny, nx) not in seen
                    ):
                        seen.append((ny, nx))
                        stack.append((ny, nx))
    return islands
