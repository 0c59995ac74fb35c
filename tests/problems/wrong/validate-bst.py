# verdict: wrong_answer
# only compares each node with its direct children, missing a deeper node on the wrong side of an ancestor
def is_valid_bst(root):
    if root is None:
        return True
    if root.left is not None and root.left.val >= root.val:
        return False
    if root.right is not None and root.right.val <= root.val:
        return False
    return is_valid_bst(root.left) and is_valid_bst(root.right)
