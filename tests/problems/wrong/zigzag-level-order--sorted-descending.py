# verdict: wrong_answer
# "right to left" is written as sorted(values, reverse=True), which orders the level by value
# instead of reversing the left-to-right order
def zigzag_level_order(root):
    out = []
    level = [root] if root else []
    while level:
        values = [node.val for node in level]
        out.append(values if len(out) % 2 == 0 else sorted(values, reverse=True))
        level = [c for node in level for c in (node.left, node.right) if c is not None]
    return out
