# verdict: wrong_answer
# Walks the spiral by turning right whenever the next cell is off the grid or already visited, but
# remembers visited cells by their VALUES: a value that repeats looks visited and the walk turns
# or stops too early.
def spiral_order(matrix):
    rows, cols = len(matrix), len(matrix[0])
    seen = set()
    out = []
    r = c = 0
    dr, dc = 0, 1
    for _ in range(rows * cols):
        out.append(matrix[r][c])
        seen.add(matrix[r][c])
        nr, nc = r + dr, c + dc
        if not (0 <= nr < rows and 0 <= nc < cols) or matrix[nr][nc] in seen:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
            if not (0 <= nr < rows and 0 <= nc < cols) or matrix[nr][nc] in seen:
                break
        r, c = nr, nc
    return out
