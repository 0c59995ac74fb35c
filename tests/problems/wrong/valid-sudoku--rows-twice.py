# verdict: wrong_answer
# Means to check the columns but indexes board[c][r] the same way as the rows, so columns are
# never checked (the rows and boxes are).
def is_valid_sudoku(board):
    def clash(cells):
        digits = [d for d in cells if d != "."]
        return len(digits) != len(set(digits))

    for i in range(9):
        if clash(board[i]) or clash([board[i][j] for j in range(9)]):
            return False
    for br in (0, 3, 6):
        for bc in (0, 3, 6):
            if clash([board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]):
                return False
    return True
