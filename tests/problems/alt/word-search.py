def exist(board, word):
    rows, cols = len(board), len(board[0])

    def search(path):
        # path: list of cells used so far, matching word[:len(path)]
        if len(path) == len(word):
            return True
        r, c = path[-1]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in path
                    and board[nr][nc] == word[len(path)]):
                if search(path + [(nr, nc)]):
                    return True
        return False

    return any(board[r][c] == word[0] and search([(r, c)])
               for r in range(rows) for c in range(cols))
