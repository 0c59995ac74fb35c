def solve_sudoku(board):
    """Candidates as sets from each cell's 20 peers; always branch on the empty cell with the
    fewest candidates."""
    cells = [(r, c) for r in range(9) for c in range(9)]
    peers = {
        (r, c): {(r, i) for i in range(9)}
        | {(i, c) for i in range(9)}
        | {(3 * (r // 3) + i // 3, 3 * (c // 3) + i % 3) for i in range(9)}
        for r, c in cells
    }
    for cell in cells:
        peers[cell].discard(cell)

    def options(cell):
        r, c = cell
        return set("123456789") - {board[y][x] for y, x in peers[cell]}

    def go():
        empty = [cell for cell in cells if board[cell[0]][cell[1]] == "."]
        if not empty:
            return True
        cell = min(empty, key=lambda e: len(options(e)))
        for d in sorted(options(cell)):
            board[cell[0]][cell[1]] = d
            if go():
                return True
        board[cell[0]][cell[1]] = "."
        return False

    go()
