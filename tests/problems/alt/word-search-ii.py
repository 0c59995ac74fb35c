def find_words(board, words):
    rows, cols = len(board), len(board[0])

    def spell(word, i, r, c, used):
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used.add((r, c))
        ok = any(spell(word, i + 1, r + dr, c + dc, used)
                 for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
        used.discard((r, c))
        return ok

    return [w for w in words
            if any(spell(w, 0, r, c, set()) for r in range(rows) for c in range(cols))]
