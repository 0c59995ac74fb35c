# verdict: runtime_error
# counts the left subtree as the root's in-order position, forgetting to subtract where the range starts
from drill.kit import TreeNode


def build_tree(preorder, inorder):
    where = {v: i for i, v in enumerate(inorder)}

    def build(p, lo, hi):  # preorder from p, in-order range lo..hi
        if lo > hi:
            return None
        node = TreeNode(preorder[p])
        mid = where[node.val]
        left_size = mid  # should be mid - lo
        node.left = build(p + 1, lo, mid - 1)
        node.right = build(p + 1 + left_size, mid + 1, hi)
        return node

    return build(0, 0, len(inorder) - 1)
