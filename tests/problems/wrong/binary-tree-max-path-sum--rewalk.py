# verdict: too_slow
# correct, but recomputes the best downward path of both children with a fresh walk at every node:
# O(n * height)
def max_path_sum(root):
    def down(node):  # best path starting at node going down, by a full walk of its subtree
        if node is None:
            return 0
        return node.val + max(0, down(node.left), down(node.right))

    best, stack = root.val, [root]
    while stack:
        node = stack.pop()
        best = max(best, node.val + max(0, down(node.left)) + max(0, down(node.right)))
        stack += [c for c in (node.left, node.right) if c]
    return best
