# verdict: wrong_answer
# tries the digits of range(1, 9), one short: it can never write a 9, so a puzzle with an empty
# cell whose answer is 9 is left unsolved
def solve_sudoku(board):
    rows = [set(board[r]) for r in range(9)]
    cols = [{board[r][c] for r in range(9)} for c in range(9)]
    boxes = [
        {board[3 * (b // 3) + i // 3][3 * (b % 3) + i % 3] for i in range(9)} for b in range(9)
    ]
    empty = [(r, c) for r in range(9) for c in range(9) if board[r][c] == "."]

    def go(k):
        if k == len(empty):
            return True
        r, c = empty[k]
        b = 3 * (r // 3) + c // 3
        for d in map(str, range(1, 9)):
            if d not in rows[r] and d not in cols[c] and d not in boxes[b]:
                board[r][c] = d
                rows[r].add(d)
                cols[c].add(d)
                boxes[b].add(d)
                if go(k + 1):
                    return True
                rows[r].discard(d)
                cols[c].discard(d)
                boxes[b].discard(d)
        board[r][c] = "."
        return False

    go(0)
