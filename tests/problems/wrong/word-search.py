# verdict: wrong_answer
# never marks a cell as used on the current path, so "ABA" is found on the 1x2 board A B by stepping back
def exist(board, word):
    rows, cols = len(board), len(board[0])

    def dfs(r, c, k):
        if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        return (dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1)
                or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1))

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
