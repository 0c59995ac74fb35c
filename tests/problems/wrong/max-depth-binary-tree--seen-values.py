# verdict: wrong_answer
# runs a graph-style BFS with a `seen` set of VALUES, so a node whose value already appeared is
# skipped along with everything below it
def max_depth(root):
    if root is None:
        return 0
    seen = {root.val}
    level, depth = [root], 0
    while level:
        depth += 1
        nxt = []
        for node in level:
            for child in (node.left, node.right):
                if child is not None and child.val not in seen:
                    seen.add(child.val)
                    nxt.append(child)
        level = nxt
    return depth
