# verdict: too_slow
# correct, but runs a separate board search for every word instead of one search guided by a trie
# of all the words: O(words * cells) instead of O(cells)
def find_words(board, words):
    rows, cols = len(board), len(board[0])

    def spell(r, c, word, i):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        board[r][c] = "#"
        ok = any(
            spell(nr, nc, word, i + 1)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
            if 0 <= nr < rows and 0 <= nc < cols
        )
        board[r][c] = word[i]
        return ok

    return [w for w in words if any(spell(r, c, w, 0) for r in range(rows) for c in range(cols))]
