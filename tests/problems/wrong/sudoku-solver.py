# verdict: wrong_answer
# backtracks without emptying the cell again when every digit fails there: the stale digit stays,
# later searches skip that cell as if it were given, and the board ends up breaking the rules
def solve_sudoku(board):
    def fits(r, c, d):
        for i in range(9):
            if board[r][i] == d or board[i][c] == d:
                return False
            if board[3 * (r // 3) + i // 3][3 * (c // 3) + i % 3] == d:
                return False
        return True

    def go():
        for r in range(9):
            for c in range(9):
                if board[r][c] == ".":
                    for d in "123456789":
                        if fits(r, c, d):
                            board[r][c] = d
                            if go():
                                return True
                    return False
        return True

    go()
