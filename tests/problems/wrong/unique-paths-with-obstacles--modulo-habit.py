# verdict: wrong_answer
# Reduces the count modulo 10^9 + 7 out of habit; this problem asks for the exact count, which
# passes 10^9 + 7 on an open grid of about 18 x 18.
def unique_paths_with_obstacles(grid):
    mod = 10**9 + 7
    ways = [0] * len(grid[0])
    ways[0] = 1
    for row in grid:
        for c in range(len(row)):
            if row[c] == 1:
                ways[c] = 0
            elif c > 0:
                ways[c] = (ways[c] + ways[c - 1]) % mod
    return ways[-1]
