# verdict: wrong_answer
# never marks the current cell as used, so a path may step back onto a cell it already spelled with
def find_words(board, words):
    root = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    found = set()

    def walk(r, c, node):
        if not (0 <= r < rows and 0 <= c < cols) or board[r][c] not in node:
            return
        node = node[board[r][c]]
        if "$" in node:
            found.add(node["$"])
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            walk(r + dr, c + dc, node)

    for r in range(rows):
        for c in range(cols):
            walk(r, c, root)
    return list(found)
