def swim_in_water(grid):
    # add squares in order of height with union-find until the two corners are joined
    n = len(grid)
    where = [None] * (n * n)
    for r in range(n):
        for c in range(n):
            where[grid[r][c]] = (r, c)
    parent = list(range(n * n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for t in range(n * n):
        r, c = where[t]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and grid[nr][nc] <= t:
                parent[find(r * n + c)] = find(nr * n + nc)
        if find(0) == find(n * n - 1):
            return t
    return n * n - 1
