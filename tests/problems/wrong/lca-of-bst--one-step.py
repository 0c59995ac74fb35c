# verdict: wrong_answer
# decides at the root only: if p and q are on the same side it returns that child without going on
def lowest_common_ancestor(root, p, q):
    if p < root.val and q < root.val:
        return root.left
    if p > root.val and q > root.val:
        return root.right
    return root
