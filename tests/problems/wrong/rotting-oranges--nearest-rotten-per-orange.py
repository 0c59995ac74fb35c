# verdict: too_slow
# For every fresh orange, runs a BFS to the nearest rotten one and takes the largest distance:
# right, but one search per orange is O(cells^2) where one BFS from all rotten oranges is O(cells).
from collections import deque


def oranges_rotting(grid):
    rows, cols = len(grid), len(grid[0])
    worst = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            dist = {(r, c): 0}
            queue = deque([(r, c)])
            found = None
            while queue and found is None:
                y, x = queue.popleft()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and (ny, nx) not in dist:
                        if grid[ny][nx] == 2:
                            found = dist[(y, x)] + 1
                            break
                        if grid[ny][nx] == 1:
                            dist[(ny, nx)] = dist[(y, x)] + 1
                            queue.append((ny, nx))
            if found is None:
                return -1
            worst = max(worst, found)
    return worst
