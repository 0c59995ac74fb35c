from drill.kit import TreeNode


def build_tree(preorder, inorder):
    # recursive, over in-order index ranges, with a map from value to in-order position
    where = {v: i for i, v in enumerate(inorder)}
    nxt = iter(preorder)

    def build(lo, hi):
        if lo > hi:
            return None
        value = next(nxt)
        mid = where[value]
        node = TreeNode(value)
        node.left = build(lo, mid - 1)
        node.right = build(mid + 1, hi)
        return node

    return build(0, len(inorder) - 1)
