# verdict: wrong_answer
# marks a cell as seen only when it is popped, so a cell queued twice (around a square of
# land) is counted twice
def max_area_of_island(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            stack = [(r, c)]
            area = 0
            while stack:
                y, x = stack.pop()
                seen.add((y, x))
                area += 1
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if (0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1
                            and (ny, nx) not in seen):
                        stack.append((ny, nx))
            best = max(best, area)
    return best
