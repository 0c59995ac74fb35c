# verdict: wrong_answer
# walks the levels with a graph-style `seen` set of VALUES, so a node whose value appeared earlier
# is dropped with its whole subtree and can no longer be the one seen from the right
def right_side_view(root):
    if root is None:
        return []
    view, seen, level = [], {root.val}, [root]
    while level:
        view.append(level[-1].val)
        nxt = []
        for node in level:
            for child in (node.left, node.right):
                if child is not None and child.val not in seen:
                    seen.add(child.val)
                    nxt.append(child)
        level = nxt
    return view
