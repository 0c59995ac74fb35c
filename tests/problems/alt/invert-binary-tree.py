from drill.kit import TreeNode


def invert_tree(root):
    if root is None:
        return None
    return TreeNode(root.val, invert_tree(root.right), invert_tree(root.left))
