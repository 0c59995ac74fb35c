# verdict: wrong_answer
# records each node's depth in a dict keyed by node.val, so a repeated value makes a deep node
# inherit the depth stored for a shallower twin
def max_depth(root):
    if root is None:
        return 0
    depth = {root.val: 1}
    best = 1
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                depth[child.val] = depth[node.val] + 1
                best = max(best, depth[child.val])
                stack.append(child)
    return best
