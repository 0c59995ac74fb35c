# verdict: wrong_answer
# Breadth-first with a graph-style `seen` set, but of VALUES: a node whose value appeared
# earlier is skipped with its whole subtree.
def zigzag_level_order(root):
    out = []
    seen = set()
    level = [root] if root else []
    while level:
        values = [node.val for node in level]
        out.append(values if len(out) % 2 == 0 else values[::-1])
        seen.update(values)
        nxt = []
        for node in level:
            for child in (node.left, node.right):
                if child is not None and child.val not in seen:
                    nxt.append(child)
                    seen.add(child.val)
        level = nxt
    return out
