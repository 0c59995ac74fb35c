def solve(board):
    """Union-find with one extra node for "the edge"."""
    rows, cols = len(board), len(board[0])
    parent = list(range(rows * cols + 1))
    edge = rows * cols

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        parent[find(a)] = find(b)

    for r in range(rows):
        for c in range(cols):
            if board[r][c] != "O":
                continue
            if r in (0, rows - 1) or c in (0, cols - 1):
                union(r * cols + c, edge)
            if r + 1 < rows and board[r + 1][c] == "O":
                union(r * cols + c, (r + 1) * cols + c)
            if c + 1 < cols and board[r][c + 1] == "O":
                union(r * cols + c, r * cols + c + 1)
    root = find(edge)
    for r in range(rows):
        for c in range(cols):
            if board[r][c] == "O" and find(r * cols + c) != root:
                board[r][c] = "X"
