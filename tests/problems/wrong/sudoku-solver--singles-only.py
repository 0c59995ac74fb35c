# verdict: wrong_answer
# fills only cells that have a single possible digit, over and over, and never guesses: it stops
# with empty cells left on a puzzle that needs a trial
def solve_sudoku(board):
    changed = True
    while changed:
        changed = False
        for r in range(9):
            for c in range(9):
                if board[r][c] != ".":
                    continue
                used = set(board[r]) | {board[i][c] for i in range(9)}
                used |= {board[3 * (r // 3) + i // 3][3 * (c // 3) + i % 3] for i in range(9)}
                left = [d for d in "123456789" if d not in used]
                if len(left) == 1:
                    board[r][c] = left[0]
                    changed = True
