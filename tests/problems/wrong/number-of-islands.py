# verdict: wrong_answer
# The flood fill lists three of the four neighbours and forgets the cell above: an island whose
# arm can only be reached by going up (a U open at the top) is counted as two islands.
def num_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and (r, c) not in seen:
                count += 1
                stack = [(r, c)]
                seen.add((r, c))
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y + 1, x), (y, x + 1), (y, x - 1)):
                        if (0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1"
                                and (ny, nx) not in seen):
                            seen.add((ny, nx))
                            stack.append((ny, nx))
    return count
