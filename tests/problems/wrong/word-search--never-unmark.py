# verdict: wrong_answer
# marks a cell as used but never unmarks it, so a dead-end branch blocks cells a later branch from the same start needs
def exist(board, word):
    rows, cols = len(board), len(board[0])

    def dfs(r, c, k, used):
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        used.add((r, c))  # never removed when this branch fails
        return (dfs(r + 1, c, k + 1, used) or dfs(r - 1, c, k + 1, used)
                or dfs(r, c + 1, k + 1, used) or dfs(r, c - 1, k + 1, used))

    return any(dfs(r, c, 0, set()) for r in range(rows) for c in range(cols))
