# verdict: wrong_answer
# Once a word is found it deletes that word's whole trie branch from its parent ("nothing more
# to find there"), not just the end mark: longer words through the same node are then only
# found if this very walk goes on to spell them.
def find_words(board, words):
    root = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    found = []

    def walk(r, c, parent):
        ch = board[r][c]
        if ch not in parent:
            return
        node = parent[ch]
        if "$" in node:
            found.append(node.pop("$"))
            del parent[ch]
        board[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node)
        board[r][c] = ch

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                walk(r, c, root)
    return found
