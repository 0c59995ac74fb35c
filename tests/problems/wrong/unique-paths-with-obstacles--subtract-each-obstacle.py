# verdict: wrong_answer
# Counts all paths with a binomial and subtracts the paths through each blocked cell, one cell at
# a time: a path through two blocked cells is subtracted twice.
from math import comb


def unique_paths_with_obstacles(grid):
    rows, cols = len(grid), len(grid[0])
    total = comb(rows + cols - 2, rows - 1)
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                total -= comb(r + c, r) * comb(rows - 1 - r + cols - 1 - c, rows - 1 - r)
    return total
