# verdict: wrong_answer
# compares the in-order sequences of values, which do not pin down the shape
def is_same_tree(p, q):
    def inorder(node):
        return [] if node is None else inorder(node.left) + [node.val] + inorder(node.right)

    return inorder(p) == inorder(q)
