# verdict: wrong_answer
# Binary search on the water level that moves hi to mid - 1 when mid works, so it can step past
# the answer and return a level at which the target is still out of reach.
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

    lo, hi = max(grid[0][0], grid[n - 1][n - 1]), n * n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if can_reach(mid):
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
