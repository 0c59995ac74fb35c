# verdict: too_slow
# correct, but searches the in-order list and copies slices at every node: O(n^2) on a deep tree
from drill.kit import TreeNode


def build_tree(preorder, inorder):
    if not preorder:
        return None
    node = TreeNode(preorder[0])
    mid = inorder.index(preorder[0])
    node.left = build_tree(preorder[1:mid + 1], inorder[:mid])
    node.right = build_tree(preorder[mid + 1:], inorder[mid + 1:])
    return node
