# verdict: too_slow
# Tries every water level from the lowest possible one upward with a fresh flood fill each time:
# correct, but O(n^4) where a heap (or binary search) gives O(n^2 log n).
def swim_in_water(grid):
    n = len(grid)

    def can_reach(t):
        if grid[0][0] > t:
            return False
        seen = {(0, 0)}
        stack = [(0, 0)]
        while stack:
            r, c = stack.pop()
            if (r, c) == (n - 1, n - 1):
                return True
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen and grid[nr][nc] <= t:
                    seen.add((nr, nc))
                    stack.append((nr, nc))
        return False

    t = max(grid[0][0], grid[n - 1][n - 1])
    while not can_reach(t):
        t += 1
    return t
