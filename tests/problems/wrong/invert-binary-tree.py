# verdict: wrong_answer
# Reads "invert" off the examples as "put the larger child on the left": it swaps two children only
# when the left value is the smaller one, so a node whose left child is already larger is left as
# it was instead of mirrored.
def invert_tree(root):
    if root is None:
        return None
    left, right = root.left, root.right
    if left is None or right is None or left.val < right.val:
        root.left, root.right = right, left
    invert_tree(root.left)
    invert_tree(root.right)
    return root
