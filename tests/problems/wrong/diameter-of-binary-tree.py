# verdict: wrong_answer
# Half-fixes "the longest path goes through the root": it tries the root and its two children as
# the place where the path bends, but the bend can be anywhere deeper.
def diameter_of_binary_tree(root):
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    def through(node):
        return 0 if node is None else height(node.left) + height(node.right)

    if root is None:
        return 0
    return max(through(root), through(root.left), through(root.right))
