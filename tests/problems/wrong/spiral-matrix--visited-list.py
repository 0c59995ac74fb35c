# verdict: too_slow
# correct, but walks the spiral remembering visited cells in a plain list, so each "seen already?"
# test scans everything visited: O(n^2) instead of O(n)
def spiral_order(matrix):
    rows, cols = len(matrix), len(matrix[0])
    visited = []
    out = []
    r = c = d = 0
    steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    for _ in range(rows * cols):
        out.append(matrix[r][c])
        visited.append((r, c))
        nr, nc = r + steps[d][0], c + steps[d][1]
        if not (0 <= nr < rows and 0 <= nc < cols) or (nr, nc) in visited:
            d = (d + 1) % 4
            nr, nc = r + steps[d][0], c + steps[d][1]
        r, c = nr, nc
    return out
