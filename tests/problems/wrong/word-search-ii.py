# verdict: wrong_answer
# Speeds the board walk up by remembering (row, col, depth) states that found no new word and
# skipping them later; but what a state can still spell depends on the trie node and on the cells
# the current path uses, so words reachable from a remembered state are missed.
def find_words(board, words):
    root = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    found = set()
    used = set()
    dead = set()

    def walk(r, c, node, depth):
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used:
            return False
        if board[r][c] not in node or (r, c, depth) in dead:
            return False
        node = node[board[r][c]]
        hit = "$" in node and node["$"] not in found
        if "$" in node:
            found.add(node["$"])
        used.add((r, c))
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            hit = walk(r + dr, c + dc, node, depth + 1) or hit
        used.discard((r, c))
        if not hit:
            dead.add((r, c, depth))
        return hit

    for r in range(rows):
        for c in range(cols):
            walk(r, c, root, 0)
    return list(found)
