# verdict: wrong_answer
# Counts edges instead of nodes: a lone root gets depth 0 instead of 1.
def max_depth(root):
    if root is None or (root.left is None and root.right is None):
        return 0
    return 1 + max(max_depth(root.left), max_depth(root.right))
