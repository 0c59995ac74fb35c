# verdict: wrong_answer
# Backtracking with a memo of (row, col, index) states that failed; but whether a state fails
# depends on which cells the current path already uses, so a state that failed on one path is
# wrongly skipped on another.
def exist(board, word):
    rows, cols = len(board), len(board[0])
    used = set()
    dead = set()

    def dfs(r, c, k):
        if (r, c, k) in dead:
            return False
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        used.add((r, c))
        found = (dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1)
                 or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1))
        used.discard((r, c))
        if not found:
            dead.add((r, c, k))
        return found

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
