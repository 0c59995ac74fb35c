# verdict: wrong_answer
# walks the tree depth-first and keeps each node's level in a dict keyed by node.val, so a later
# node with the same value overwrites the level its twin (and the twin's children) is filed under
def level_order(root):
    if root is None:
        return []
    depth = {root.val: 0}
    levels = []
    stack = [root]
    while stack:
        node = stack.pop()
        d = depth[node.val]
        while len(levels) <= d:
            levels.append([])
        levels[d].append(node.val)
        for child in (node.right, node.left):
            if child is not None:
                depth[child.val] = d + 1
                stack.append(child)
    return [level for level in levels if level]
