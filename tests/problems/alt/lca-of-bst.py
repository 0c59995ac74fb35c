def lowest_common_ancestor(root, p, q):
    # recursive: both values on one side -> go there; otherwise this node splits them
    if p < root.val and q < root.val:
        return lowest_common_ancestor(root.left, p, q)
    if p > root.val and q > root.val:
        return lowest_common_ancestor(root.right, p, q)
    return root
