# verdict: runtime_error
# takes values from the shared pre-order pointer for the right subtree before the left one, so at a
# node with two children it reads the wrong values and runs out of them
from drill.kit import TreeNode


def build_tree(preorder, inorder):
    where = {v: i for i, v in enumerate(inorder)}
    nxt = iter(preorder)

    def build(lo, hi):
        if lo > hi:
            return None
        value = next(nxt)
        mid = where[value]
        node = TreeNode(value)
        node.right = build(mid + 1, hi)
        node.left = build(lo, mid - 1)
        return node

    return build(0, len(inorder) - 1)
