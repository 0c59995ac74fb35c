from collections import deque


def oranges_rotting(grid):
    # BFS storing the minute each orange rots; the answer is the latest minute
    rows, cols = len(grid), len(grid[0])
    when = {}
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 2:
                when[(r, c)] = 0
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and (nr, nc) not in when:
                when[(nr, nc)] = when[(r, c)] + 1
                queue.append((nr, nc))
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and (r, c) not in when:
                return -1
    return max(when.values(), default=0)
