# verdict: wrong_answer
# walks the tree right child first and keeps each node's depth in a dict keyed by node.val, so a
# repeated value makes a node take its twin's depth
def right_side_view(root):
    if root is None:
        return []
    depth = {root.val: 0}
    view = []
    stack = [root]
    while stack:
        node = stack.pop()
        d = depth[node.val]
        if d == len(view):
            view.append(node.val)
        for child in (node.left, node.right):
            if child is not None:
                depth[child.val] = d + 1
                stack.append(child)
    return view
