# verdict: wrong_answer
# Checks rows, columns and boxes, but walks each box only two columns wide (off by one), so a
# clash with a box's right-hand column goes unseen.
def is_valid_sudoku(board):
    def clash(cells):
        digits = [d for d in cells if d != "."]
        return len(digits) != len(set(digits))

    for i in range(9):
        if clash(board[i]) or clash([board[r][i] for r in range(9)]):
            return False
    for top in (0, 3, 6):
        for left in (0, 3, 6):
            cells = [board[top + dr][left + dc] for dr in range(3) for dc in range(2)]
            if clash(cells):
                return False
    return True
