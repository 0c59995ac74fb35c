# verdict: wrong_answer
# floods from the edge through diagonal neighbours too: an inner region that touches an edge
# region only at a corner is wrongly kept
def solve(board):
    rows, cols = len(board), len(board[0])
    keep = set()
    stack = [(r, c) for r in range(rows) for c in range(cols)
             if (r in (0, rows - 1) or c in (0, cols - 1)) and board[r][c] == "O"]
    keep.update(stack)
    while stack:
        r, c = stack.pop()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if (0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O"
                        and (nr, nc) not in keep):
                    keep.add((nr, nc))
                    stack.append((nr, nc))
    for r in range(rows):
        for c in range(cols):
            if board[r][c] == "O" and (r, c) not in keep:
                board[r][c] = "X"
