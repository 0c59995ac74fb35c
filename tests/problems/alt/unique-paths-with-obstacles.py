def unique_paths_with_obstacles(grid):
    # full table, paths counted from the goal backwards
    rows, cols = len(grid), len(grid[0])
    paths = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows - 1, -1, -1):
        for c in range(cols - 1, -1, -1):
            if grid[r][c] == 1:
                paths[r][c] = 0
            elif r == rows - 1 and c == cols - 1:
                paths[r][c] = 1
            else:
                paths[r][c] = paths[r + 1][c] + paths[r][c + 1]
    return paths[0][0]
