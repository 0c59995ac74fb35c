# verdict: wrong_answer
# uses 0 as the "no bound" marker of the stop-value method, so a tree holding 0 is cut short
from drill.kit import TreeNode


def build_tree(preorder, inorder):
    i = j = 0

    def build(stop):
        nonlocal i, j
        if j < len(inorder) and inorder[j] != stop:
            node = TreeNode(preorder[i])
            i += 1
            node.left = build(node.val)
            j += 1
            node.right = build(stop)
            return node
        return None

    return build(0)
