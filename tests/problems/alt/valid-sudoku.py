def is_valid_sudoku(board):
    def ok(cells):
        digits = [d for d in cells if d != "."]
        return len(digits) == len(set(digits))

    rows = all(ok(row) for row in board)
    cols = all(ok([board[r][c] for r in range(9)]) for c in range(9))
    boxes = all(
        ok([board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)])
        for br in (0, 3, 6)
        for bc in (0, 3, 6)
    )
    return rows and cols and boxes
