# verdict: wrong_answer
# Steps to all eight neighbours, diagonals included, so it spells words along paths the rules do
# not allow.
def exist(board, word):
    rows, cols = len(board), len(board[0])
    steps = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

    def dfs(r, c, k):
        if board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        board[r][c] = "#"
        for dr, dc in steps:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, k + 1):
                board[r][c] = word[k]
                return True
        board[r][c] = word[k]
        return False

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
