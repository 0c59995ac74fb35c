# verdict: too_slow
# correct, but for every "O" it searches afresh whether that cell can reach the edge, with no
# memory between searches: O((r * c)^2) on a big surrounded region
def solve(board):
    rows, cols = len(board), len(board[0])

    def reaches_edge(r, c):
        seen = {(r, c)}
        stack = [(r, c)]
        while stack:
            y, x = stack.pop()
            if y in (0, rows - 1) or x in (0, cols - 1):
                return True
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if board[ny][nx] == "O" and (ny, nx) not in seen:
                    seen.add((ny, nx))
                    stack.append((ny, nx))
        return False

    flip = [(r, c) for r in range(rows) for c in range(cols)
            if board[r][c] == "O" and not reaches_edge(r, c)]
    for r, c in flip:
        board[r][c] = "X"
