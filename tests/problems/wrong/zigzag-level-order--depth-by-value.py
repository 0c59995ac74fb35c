# verdict: wrong_answer
# files the values by a depth kept in a dict keyed by node.val, so a repeated value lands on
# its twin's level
def zigzag_level_order(root):
    if root is None:
        return []
    depth = {root.val: 0}
    levels = []
    queue = [root]
    while queue:
        nxt = []
        for node in queue:
            d = depth[node.val]
            while len(levels) <= d:
                levels.append([])
            levels[d].append(node.val)
            for child in (node.left, node.right):
                if child is not None:
                    depth[child.val] = d + 1
                    nxt.append(child)
        queue = nxt
    return [level if i % 2 == 0 else level[::-1] for i, level in enumerate(levels) if level]
