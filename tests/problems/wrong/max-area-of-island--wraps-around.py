# verdict: wrong_answer
# checks only the upper bounds, so index -1 wraps to the last row or column and joins
# islands across opposite edges
def max_area_of_island(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            seen.add((r, c))
            stack = [(r, c)]
            area = 0
            while stack:
                y, x = stack.pop()
                area += 1
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if ny < rows and nx < cols and grid[ny][nx] == 1:
                        key = (ny % rows, nx % cols)
                        if key not in seen:
                            seen.add(key)
                            stack.append(key)
            best = max(best, area)
    return best
