# verdict: wrong_answer
# assigns root.left before computing the new right, so the second call re-inverts the already
# swapped subtree: both children end up as the original right subtree
def invert_tree(root):
    if root is None:
        return None
    root.left = invert_tree(root.right)
    root.right = invert_tree(root.left)
    return root
