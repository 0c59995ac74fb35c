def max_area_of_island(grid):
    # union-find over land cells, tracking each root's size
    rows, cols = len(grid), len(grid[0])
    parent = {}
    size = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                parent[(r, c)] = (r, c)
                size[(r, c)] = 1
                for p in ((r - 1, c), (r, c - 1)):
                    if p in parent:
                        a, b = find(p), find((r, c))
                        if a != b:
                            parent[b] = a
                            size[a] += size[b]
    return max((size[p] for p in parent if find(p) == p), default=0)
