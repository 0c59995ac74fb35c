# verdict: wrong_answer
# gives a leaf and an empty subtree the same height 0, so heights are off by one on one side
def is_balanced(root):
    def height(node):
        if node is None or (node.left is None and node.right is None):
            return 0
        return 1 + max(height(node.left), height(node.right))

    def ok(node):
        if node is None:
            return True
        return abs(height(node.left) - height(node.right)) <= 1 and ok(node.left) and ok(node.right)

    return ok(root)
