# verdict: wrong_answer
# assumes the longest path goes through the root: returns left height + right height at the root only
def diameter_of_binary_tree(root):
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    if root is None:
        return 0
    return height(root.left) + height(root.right)
