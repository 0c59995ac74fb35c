# verdict: wrong_answer
# compares sub_root only with the first node holding the same value and gives up if that one differs
def is_subtree(root, sub_root):
    def same(a, b):
        if a is None or b is None:
            return a is b
        return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.val == sub_root.val:
            return same(node, sub_root)
        stack += [node.right, node.left]
    return False
