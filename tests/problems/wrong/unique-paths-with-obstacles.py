# verdict: wrong_answer
# fills the first row and column with 1 as in the obstacle-free version, even past a blocked cell
def unique_paths_with_obstacles(grid):
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] == 1:
        return 0
    paths = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        paths[r][0] = 1
    for c in range(cols):
        paths[0][c] = 1
    for r in range(1, rows):
        for c in range(1, cols):
            paths[r][c] = 0 if grid[r][c] == 1 else paths[r - 1][c] + paths[r][c - 1]
    return paths[-1][-1]
