# verdict: runtime_error
# Keeps the row of counts in a compact array("i") of C ints, trusting LeetCode's "the answer
# fits in 32 bits"; here the count is exact and on a big open grid it passes 2^31 - 1, where
# the array raises OverflowError.
from array import array


def unique_paths_with_obstacles(grid):
    cols = len(grid[0])
    ways = array("i", [0] * cols)
    ways[0] = 1
    for row in grid:
        for c in range(cols):
            if row[c] == 1:
                ways[c] = 0
            elif c > 0:
                ways[c] += ways[c - 1]
    return ways[-1]
