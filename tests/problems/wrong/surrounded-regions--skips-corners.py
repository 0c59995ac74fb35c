# verdict: wrong_answer
# seeds the flood from the edge cells but leaves out the four corners (both loops run from 1 to
# len - 2), so an "O" in a corner with no other edge "O" next to it is flipped
def solve(board):
    rows, cols = len(board), len(board[0])
    keep = set()
    stack = []
    for c in range(1, cols - 1):
        stack += [(0, c), (rows - 1, c)]
    for r in range(1, rows - 1):
        stack += [(r, 0), (r, cols - 1)]
    stack = [(r, c) for r, c in stack if board[r][c] == "O"]
    keep.update(stack)
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O"
                    and (nr, nc) not in keep):
                keep.add((nr, nc))
                stack.append((nr, nc))
    for r in range(rows):
        for c in range(cols):
            if board[r][c] == "O" and (r, c) not in keep:
                board[r][c] = "X"
