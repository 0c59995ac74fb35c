def is_subtree(root, sub_root):
    # compare sub_root with every node of root whose value matches
    def same(a, b):
        if a is None or b is None:
            return a is b
        return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.val == sub_root.val and same(node, sub_root):
            return True
        stack += [node.left, node.right]
    return False
